import Link from "next/link";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getSessionActor } from "@/app/_lib/current-actor";
import { AppError } from "@/lib/errors/app-error";
import { getContract } from "@/lib/contracts/get-contract";
import { OfferTerms } from "@/components/offer-terms";
import { describeOffer } from "@/lib/contracts/offers/describe-offer";
import { ContractMoves } from "@/components/contract-moves";
import { ContractConsents } from "@/components/contract-consents";
import { ContractAgreement } from "@/components/contract-agreement";
import { ContractTimeline } from "@/components/contract-timeline";
import { durationWords, purposeOptions, purposeWords, stateExplanation, stateWords } from "@/components/contract-words";
import {
  acceptOfferAction,
  agreeContractAction,
  counterOfferAction,
  finalizeContractAction,
  requestAgainAction,
  terminateContractAction,
  verifyAgreementAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contracts"))("detail.title") };
}

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
  const [{ id }, actor, t, locale] = await Promise.all([params, getSessionActor(), getTranslations("contracts"), getLocale()]);
  if (!actor) redirect(`/sign-in?next=/contracts/${id}`);
  const contract = await getContract({ actor, id }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const moves = [...new Set(contract.roles.flatMap((role) => contract.nextActions[role] ?? []))];
  const verifyEvent = contract.events?.findLast((event) => event.type === "verify");
  const verification = ((verifyEvent?.message as { verification?: Verification } | null)?.verification ?? null) as Verification | null;
  const side = contract.roles.length > 1 ? "both" : contract.roles[0] === "provider" ? "provider" : "consumer";

  return (
    <article className="flex flex-col gap-6">
      <header>
        <p className="text-sm text-slate-600">
          <Link href="/contracts" className="underline">
            {t("detail.breadcrumb")}
          </Link>{" "}
          › {t("detail.breadcrumbHere")}
        </p>
        <h1 className="mt-1 text-2xl font-bold text-slate-900">{t("detail.heading", { title: contract.entry.title })}</h1>
        <p className="mt-2 text-lg">
          {t("detail.state")} <strong data-testid="contract-state">{stateWords(contract.state, locale)}</strong>
        </p>
        <p className="text-sm text-slate-700">
          {stateExplanation(contract.state, locale)} {t("detail.youSee", { side })}
        </p>
      </header>

      <section aria-labelledby="terms-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="terms-heading" className="text-lg font-semibold">
          {t("detail.terms")}
        </h2>
        <dl className="mt-3 grid gap-2 text-sm md:grid-cols-[12rem_1fr]">
          <dt className="text-slate-600">{t("detail.entry")}</dt>
          <dd>
            <Link href={`/catalogue/${contract.entry.hash}`} className="text-brand-700 underline">
              {contract.entry.title}
            </Link>
          </dd>
          <dt className="text-slate-600">{t("detail.provider")}</dt>
          <dd data-testid="contract-provider">{contract.provider?.name ?? "—"}</dd>
          <dt className="text-slate-600">{t("detail.consumer")}</dt>
          <dd data-testid="contract-consumer">{contract.consumer?.name ?? t("detail.externalConsumer")}</dd>
          <dt className="text-slate-600">{t("detail.purpose")}</dt>
          <dd data-testid="contract-purpose">{purposeWords(contract.purpose, locale)}</dd>
          <dt className="text-slate-600">{t("detail.duration")}</dt>
          <dd data-testid="contract-duration">{durationWords(contract.durationDays, locale)}</dd>
        </dl>
        <h3 className="mt-4 text-sm font-semibold">{t("detail.offerInWords")}</h3>
        <OfferTerms lines={describeOffer(contract.offer, locale)} testId="contract-offer-terms" />
      </section>

      <section aria-labelledby="moves-heading" className="rounded-lg border border-slate-200 bg-white p-5" data-testid="contract-moves">
        <h2 id="moves-heading" className="text-lg font-semibold">
          {t("detail.moves")}
        </h2>
        <div className="mt-3">
          <ContractMoves
            contractId={contract.id}
            moves={moves}
            actions={MOVE_ACTIONS}
            purposes={purposeOptions(contract.offer.permission.constraints.purposes, locale)}
            purpose={contract.purpose}
            durationDays={contract.durationDays}
            consentsOpen={contract.consents.filter((consent) => consent.status !== "GRANTED").length}
          />
        </div>
      </section>

      <section aria-labelledby="consents-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="consents-heading" className="text-lg font-semibold">
          {t("detail.consents")}
        </h2>
        <div className="mt-2">
          <ContractConsents consents={contract.consents} />
        </div>
      </section>

      <section aria-labelledby="agreement-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="agreement-heading" className="text-lg font-semibold">
          {t("detail.agreement")}
        </h2>
        <div className="mt-2">
          <ContractAgreement agreement={contract.agreement} verification={verification} verifiedAt={verifyEvent?.at ?? null} />
        </div>
      </section>

      <section aria-labelledby="timeline-heading" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          {t("detail.timeline")}
        </h2>
        <div className="mt-3">
          <ContractTimeline events={contract.events ?? []} provider={contract.provider} consumer={contract.consumer} />
        </div>
      </section>
    </article>
  );
}
