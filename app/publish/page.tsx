import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionActor } from "@/app/_lib/current-actor";
import { UploadCredential } from "@/components/upload-credential";
import { getParticipantBySlug } from "@/lib/participants/get-participant";
import { checkUploadAction, publishUploadAction, publishWizardAction } from "./actions";
import { PublishWizard } from "@/components/publish-wizard";

export const metadata: Metadata = { title: "Publish" };

export default async function PublishPage() {
  const actor = await getSessionActor();
  if (!actor) redirect("/sign-in?next=/publish");
  const membership = actor.memberships[0];
  const participant = membership ? await getParticipantBySlug({ slug: membership.participantSlug }) : null;
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Publish a self-description</h1>
        <p className="mt-2 text-slate-700">
          Upload a credential your organisation signed. The portal checks the signature, the key and the issuer&apos;s DID, and
          validates the content, before anything is stored. Machines publish through <code>POST /api/v1/self-descriptions</code>.
        </p>
      </div>
      {participant ? (
        <section aria-labelledby="wizard-heading">
          <h2 id="wizard-heading" className="text-lg font-semibold">Describe a health dataset</h2>
          <p className="mt-1 text-sm text-slate-700">One form yields the Gaia-X credential and its HealthDCAT-AP description; the portal signs it with your organisation&apos;s key.</p>
          <div className="mt-3">
            <PublishWizard action={publishWizardAction} did={participant.did} />
          </div>
        </section>
      ) : null}
      <section aria-labelledby="upload-heading">
        <h2 id="upload-heading" className="text-lg font-semibold">Upload a signed file</h2>
        <div className="mt-3">
          <UploadCredential checkAction={checkUploadAction} publishAction={publishUploadAction} did={participant?.did} />
        </div>
      </section>
    </div>
  );
}
