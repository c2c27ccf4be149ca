import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionActor } from "@/app/_lib/current-actor";
import { UploadCredential } from "@/components/upload-credential";
import { getParticipantBySlug } from "@/lib/participants/get-participant";
import { checkUploadAction, publishUploadAction } from "./actions";

export const metadata: Metadata = { title: "Publish" };

export default async function PublishPage() {
  const actor = await getSessionActor();
  if (!actor) redirect("/sign-in?next=/publish");
  const membership = actor.memberships[0];
  const participant = membership ? await getParticipantBySlug({ slug: membership.participantSlug }) : null;
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Publish a self-description</h1>
        <p className="mt-2 text-slate-700">
          Upload a credential your organisation signed. The portal checks the signature, the key and the issuer&apos;s DID, and
          validates the content, before anything is stored. Machines publish through <code>POST /api/v1/self-descriptions</code>.
        </p>
      </div>
      <section aria-labelledby="upload-heading">
        <h2 id="upload-heading" className="text-lg font-semibold">Upload a signed file</h2>
        <div className="mt-3">
          <UploadCredential checkAction={checkUploadAction} publishAction={publishUploadAction} did={participant?.did} />
        </div>
      </section>
    </div>
  );
}
