import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionActor } from "@/app/_lib/current-actor";
import { ACTING_ROLES } from "@/lib/contracts/contract-role";
import { findContracts } from "@/lib/contracts/find-contracts";
import { getParticipantBySlug } from "@/lib/participants/get-participant";
import { ContractBox } from "@/components/contract-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contracts"))("list.title") };
}

export const dynamic = "force-dynamic";

export default async function ContractsPage() {
  const [actor, t] = await Promise.all([getSessionActor(), getTranslations("contracts")]);
  if (!actor) redirect("/sign-in?next=/contracts");
  const memberships = actor.memberships.filter((membership) => ACTING_ROLES.includes(membership.role));
  const organisations = await Promise.all(
    memberships.map(async (membership) => {
      const query = { participantId: membership.participantId };
      const [participant, inbox, outbox] = await Promise.all([
        getParticipantBySlug({ slug: membership.participantSlug }),
        findContracts({ actor, query: { ...query, role: "provider" } }),
        findContracts({ actor, query: { ...query, role: "consumer" } }),
      ]);
      return { id: participant.id, name: participant.legalName, inbox: inbox.items, outbox: outbox.items };
    }),
  );

  return (
    <div className="flex flex-col gap-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{t("list.heading")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("list.intro")}</p>
      </div>
      {organisations.length === 0 ? <p className="text-slate-700">{t("list.noOrganisation")}</p> : null}
      {organisations.map((organisation) => (
        <section key={organisation.id} aria-labelledby={`org-${organisation.id}`} className="flex flex-col gap-4">
          <h2 id={`org-${organisation.id}`} className={organisations.length > 1 ? "text-xl font-semibold" : "sr-only"}>
            {organisation.name}
          </h2>
          <ContractBox
            id={`inbox-${organisation.id}`}
            testId="contracts-inbox"
            heading={t("list.inboxHeading", { organisation: organisation.name })}
            caption={t("list.inboxCaption", { organisation: organisation.name })}
            contracts={organisation.inbox}
            side="provider"
            empty={t("list.inboxEmpty")}
          />
          <ContractBox
            id={`outbox-${organisation.id}`}
            testId="contracts-outbox"
            heading={t("list.outboxHeading", { organisation: organisation.name })}
            caption={t("list.outboxCaption", { organisation: organisation.name })}
            contracts={organisation.outbox}
            side="consumer"
            empty={t("list.outboxEmpty")}
          />
        </section>
      ))}
    </div>
  );
}
