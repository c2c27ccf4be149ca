import Link from "next/link";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getSessionActor } from "@/app/_lib/current-actor";
import { AppError } from "@/lib/errors/app-error";
import { getContract } from "@/lib/contracts/get-contract";
import { OfferTerms } from "@/components/offer-terms";
import { ContractMoves } from "@/components/contract-moves";
import { ContractConsents } from "@/components/contract-consents";
import { ContractAgreement } from "@/components/contract-agreement";
import { ContractTimeline } from "@/components/contract-timeline";
import { durationWords, purposeOptions, purposeWords, STATE_EXPLANATIONS, stateWords } from "@/components/contract-words";
import {
  acceptOfferAction,
  agreeContractAction,
  counterOfferAction,
  finalizeContractAction,
  requestAgainAction,
  terminateContractAction,
  verifyAgreementAction,
} from "./actions";

export const metadata: Metadata = { title: "Contract" };
export const dynamic = "force-dynamic";

const MOVE_ACTIONS = {
  request: requestAgainAction,
  offer: counterOfferAction,
  accept: acceptOfferAction,
  agree: agreeContractAction,
  verify: verifyAgreementAction,
  finalize: finalizeContractAction,
  terminate: terminateContractAction,
};

type Verification = { verified: boolean; checks: { id: string; passed: boolean; message: string }[] };

export default async function ContractPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getSessionActor();
  if (!actor) redirect(`/sign-in?next=/contracts/${id}`);
  const contract = await getContract({ actor, id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const moves = [...new Set(contract.roles.flatMap((role) => contract.nextActions[role] ?? []))];
  const verifyEvent = contract.events?.findLast((event) => event.type === "verify");
  const verification = ((verifyEvent?.message as { verification?: Verification } | null)?.verification ?? null) as Verification | null;
  const side = contract.roles.length > 1 ? "both sides" : contract.roles[0] === "provider" ? "the provider" : "the consumer";

  return (
    <article className="flex flex-col gap-6">
      <header>
        <p className="text-sm text-slate-600">
          <Link href="/contracts" className="underline">
            Contracts
          </Link>{" "}
          › contract
        </p>
        <h1 className="mt-1 text-2xl font-bold text-slate-900">Contract for “{contract.entry.title}”</h1>
        <p className="mt-2 text-lg">
          State: <strong data-testid="contract-state">{stateWords(contract.state)}</strong>
        </p>
        <p className="text-sm text-slate-700">
          {STATE_EXPLANATIONS[contract.state]} You see this contract as {side}.
        </p>
      </header>

      <section aria-labelledby="terms-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="terms-heading" className="text-lg font-semibold">
          Terms
        </h2>
        <dl className="mt-3 grid gap-2 text-sm md:grid-cols-[12rem_1fr]">
          <dt className="text-slate-600">Entry</dt>
          <dd>
            <Link href={`/catalogue/${contract.entry.hash}`} className="text-brand-700 underline">
              {contract.entry.title}
            </Link>
          </dd>
          <dt className="text-slate-600">Provider</dt>
          <dd data-testid="contract-provider">{contract.provider?.name ?? "—"}</dd>
          <dt className="text-slate-600">Consumer</dt>
          <dd data-testid="contract-consumer">{contract.consumer?.name ?? "an external connector"}</dd>
          <dt className="text-slate-600">Purpose of use</dt>
          <dd data-testid="contract-purpose">{purposeWords(contract.purpose)}</dd>
          <dt className="text-slate-600">Duration</dt>
          <dd data-testid="contract-duration">{durationWords(contract.durationDays)}</dd>
        </dl>
        <h3 className="mt-4 text-sm font-semibold">The offer in words</h3>
        <OfferTerms lines={contract.offerDescription} testId="contract-offer-terms" />
      </section>

      <section aria-labelledby="moves-heading" className="rounded-lg border border-slate-200 bg-white p-5" data-testid="contract-moves">
        <h2 id="moves-heading" className="text-lg font-semibold">
          What you can do
        </h2>
        <div className="mt-3">
          <ContractMoves
            contractId={contract.id}
            moves={moves}
            actions={MOVE_ACTIONS}
            purposes={purposeOptions(contract.offer.permission.constraints.purposes)}
            purpose={contract.purpose}
            durationDays={contract.durationDays}
            consentsOpen={contract.consents.filter((consent) => consent.status !== "GRANTED").length}
          />
        </div>
      </section>

      <section aria-labelledby="consents-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="consents-heading" className="text-lg font-semibold">
          Citizens&apos; consent
        </h2>
        <div className="mt-2">
          <ContractConsents consents={contract.consents} />
        </div>
      </section>

      <section aria-labelledby="agreement-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="agreement-heading" className="text-lg font-semibold">
          Agreement
        </h2>
        <div className="mt-2">
          <ContractAgreement agreement={contract.agreement} verification={verification} verifiedAt={verifyEvent?.at ?? null} />
        </div>
      </section>

      <section aria-labelledby="timeline-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          Timeline
        </h2>
        <div className="mt-3">
          <ContractTimeline events={contract.events ?? []} provider={contract.provider} consumer={contract.consumer} />
        </div>
      </section>
    </article>
  );
}
