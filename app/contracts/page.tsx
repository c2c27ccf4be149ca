import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionActor } from "@/app/_lib/current-actor";
import { ACTING_ROLES } from "@/lib/contracts/contract-role";
import { findContracts } from "@/lib/contracts/find-contracts";
import { getParticipantBySlug } from "@/lib/participants/get-participant";
import { ContractBox } from "@/components/contract-table";

export const metadata: Metadata = { title: "Contracts" };
export const dynamic = "force-dynamic";

export default async function ContractsPage() {
  const actor = await getSessionActor();
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
        <h1 className="text-2xl font-bold text-slate-900">Contracts</h1>
        <p className="mt-2 max-w-3xl text-slate-700">
          Requests for access to your organisation&apos;s entries (inbox) and the requests your organisation made (outbox), from the first request to the signed
          and verified agreement. Request access from a catalogue entry&apos;s page.
        </p>
      </div>
      {organisations.length === 0 ? <p className="text-slate-700">Your account does not act for an organisation, so it has no contracts.</p> : null}
      {organisations.map((organisation) => (
        <section key={organisation.id} aria-labelledby={`org-${organisation.id}`} className="flex flex-col gap-4">
          <h2 id={`org-${organisation.id}`} className={organisations.length > 1 ? "text-xl font-semibold" : "sr-only"}>
            {organisation.name}
          </h2>
          <ContractBox
            id={`inbox-${organisation.id}`}
            testId="contracts-inbox"
            heading={`Inbox: requests to ${organisation.name}`}
            caption={`Requests to ${organisation.name}`}
            contracts={organisation.inbox}
            side="provider"
            empty="No one has requested access to your entries yet."
          />
          <ContractBox
            id={`outbox-${organisation.id}`}
            testId="contracts-outbox"
            heading={`Outbox: requests by ${organisation.name}`}
            caption={`Requests by ${organisation.name}`}
            contracts={organisation.outbox}
            side="consumer"
            empty="Your organisation has not requested access to anything yet."
          />
        </section>
      ))}
    </div>
  );
}
