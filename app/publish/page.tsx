import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionActor } from "@/app/_lib/current-actor";
import { UploadCredential } from "@/components/upload-credential";
import { getParticipantBySlug } from "@/lib/participants/get-participant";
import { checkUploadAction, publishLegalPersonAction, publishServiceOfferingAction, publishUploadAction, publishWizardAction } from "./actions";
import { PublishWizard } from "@/components/publish-wizard";
import { ServiceOfferingWizard } from "@/components/service-offering-wizard";
import { LegalPersonWizard } from "@/components/legal-person-wizard";
import { PUBLISH_KINDS, PublishKindNav, publishKindOf } from "@/components/publish-kind-nav";

export const metadata: Metadata = { title: "Publish" };

const WIZARD_INTRO = {
  dataset: "One form yields the Gaia-X credential and its HealthDCAT-AP description; the portal signs it with your organisation's key.",
  service: "A Gaia-X 22.10 service offering, provided by your organisation; the portal signs it with your organisation's key.",
  participant: "Your organisation as a Gaia-X Loire legal person. Publishing it again replaces the previous version.",
};

export default async function PublishPage({ searchParams }: { searchParams: Promise<{ kind?: string | string[] }> }) {
  const kind = publishKindOf((await searchParams).kind);
  const actor = await getSessionActor();
  if (!actor) redirect("/sign-in?next=/publish");
  const membership = actor.memberships[0];
  const participant = membership ? await getParticipantBySlug({ slug: membership.participantSlug }) : null;
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Publish a self-description</h1>
        <p className="mt-2 text-slate-700">
          Upload a credential your organisation signed. The portal checks the signature, the key and the issuer&apos;s DID, and validates the content, before
          anything is stored. Machines publish through <code>POST /api/v1/self-descriptions</code>.
        </p>
      </div>
      {participant ? (
        <section aria-labelledby="wizard-heading" className="flex flex-col gap-3">
          <h2 id="wizard-heading" className="text-lg font-semibold">
            Describe something new
          </h2>
          <PublishKindNav current={kind} />
          <h3 className="mt-2 font-semibold" data-testid="wizard-kind">
            {PUBLISH_KINDS.find((entry) => entry.id === kind)?.label}
          </h3>
          <p className="text-sm text-slate-700">{WIZARD_INTRO[kind]}</p>
          <div>
            {kind === "service" ? (
              <ServiceOfferingWizard action={publishServiceOfferingAction} did={participant.did} />
            ) : kind === "participant" ? (
              <LegalPersonWizard
                action={publishLegalPersonAction}
                did={participant.did}
                legalName={participant.legalName}
                countryCode={participant.countryCode ?? "DE"}
              />
            ) : (
              <PublishWizard action={publishWizardAction} did={participant.did} />
            )}
          </div>
        </section>
      ) : null}
      <section aria-labelledby="upload-heading">
        <h2 id="upload-heading" className="text-lg font-semibold">
          Upload a signed file
        </h2>
        <div className="mt-3">
          <UploadCredential checkAction={checkUploadAction} publishAction={publishUploadAction} did={participant?.did} />
        </div>
      </section>
    </div>
  );
}
