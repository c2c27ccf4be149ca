import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionActor } from "@/app/_lib/current-actor";
import { UploadCredential } from "@/components/upload-credential";
import { getParticipantBySlug } from "@/lib/participants/get-participant";
import { checkUploadAction, publishLegalPersonAction, publishServiceOfferingAction, publishUploadAction, publishWizardAction } from "./actions";
import { PublishWizard } from "@/components/publish-wizard";
import { ServiceOfferingWizard } from "@/components/service-offering-wizard";
import { LegalPersonWizard } from "@/components/legal-person-wizard";
import { PublishKindNav, publishKindOf } from "@/components/publish-kind-nav";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("publish.metadata");
  return { title: t("title") };
}

export default async function PublishPage({ searchParams }: { searchParams: Promise<{ kind?: string | string[] }> }) {
  const kind = publishKindOf((await searchParams).kind);
  const actor = await getSessionActor();
  if (!actor) redirect("/sign-in?next=/publish");
  const membership = actor.memberships[0];
  const [participant, t] = await Promise.all([membership ? getParticipantBySlug({ slug: membership.participantSlug }) : null, getTranslations("publish")]);
  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t("page.heading")}</h1>
        <p className="mt-2 text-slate-700">{t.rich("page.intro", { endpoint: "POST /api/v1/self-descriptions", code: (chunks) => <code>{chunks}</code> })}</p>
      </div>
      {participant ? (
        <section aria-labelledby="wizard-heading" className="flex flex-col gap-3">
          <h2 id="wizard-heading" className="text-lg font-semibold">
            {t("page.describeHeading")}
          </h2>
          <PublishKindNav current={kind} />
          <h3 className="mt-2 font-semibold" data-testid="wizard-kind">
            {t(`kinds.${kind}.label`)}
          </h3>
          <p className="text-sm text-slate-700">{t(`kinds.${kind}.intro`)}</p>
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
          {t("page.uploadHeading")}
        </h2>
        <div className="mt-3">
          <UploadCredential checkAction={checkUploadAction} publishAction={publishUploadAction} did={participant?.did} />
        </div>
      </section>
    </div>
  );
}
