import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { FormState } from "./form-state";
import { ConsentDecision } from "./consent-decision";
import { consentStatusWords, durationWords, purposeWords, stateWords } from "./contract-words";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

interface Consent {
  id: string;
  status: string;
  purpose: string;
  citizen: { name: string } | null;
  trustee: { name: string } | null;
  recipient: { name: string } | null;
  entry: { hash: string; title: string };
  contract: { state: string; durationDays: number | null; provider: { name: string } | null } | null;
  createdAt: string;
  decidedAt: string | null;
  withdrawnAt: string | null;
}

/** One request touching the citizen's data: who asks, for what and how long, where it stands, and the decision buttons. */
export function ConsentCard({
  consent,
  actions,
  decidingForSomeoneElse,
}: {
  consent: Consent;
  actions: { grant: Action; refuse: Action; withdraw: Action };
  decidingForSomeoneElse: boolean;
}) {
  const t = useTranslations("consent.card");
  const format = useFormatter();
  const locale = useLocale();
  const moment = (iso: string) => format.dateTime(new Date(iso), "moment");
  const recipient = consent.recipient?.name ?? t("theRequester");
  const provider = consent.contract?.provider?.name ?? t("itsProvider");
  const duration = durationWords(consent.contract?.durationDays ?? null, locale);
  // English runs the purpose into the sentence in lower case; German nouns keep their capitals.
  const purpose = locale === "en" ? purposeWords(consent.purpose, locale).toLowerCase() : purposeWords(consent.purpose, locale);
  const whose = { whose: decidingForSomeoneElse ? "other" : "own", citizen: consent.citizen?.name ?? t("theCitizen") };
  const terms = t("terms", { recipient, ...whose, title: consent.entry.title, provider, purpose, duration });
  const status = consentStatusWords(consent.status, locale);
  const decidedAt = consent.withdrawnAt ?? consent.decidedAt;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-5" data-testid="consent-item">
      <h3 className="font-semibold">
        <Link href={`/catalogue/${consent.entry.hash}`} className="text-brand-700 underline">
          {consent.entry.title}
        </Link>
      </h3>
      <dl className="mt-2 grid gap-1 text-sm md:grid-cols-[10rem_1fr]">
        {decidingForSomeoneElse ? (
          <>
            <dt className="text-slate-600">{t("onBehalfOf")}</dt>
            <dd>{t("trustee", { name: consent.citizen?.name ?? "" })}</dd>
          </>
        ) : null}
        <dt className="text-slate-600">{t("requestedBy")}</dt>
        <dd data-testid="consent-recipient">{recipient}</dd>
        <dt className="text-slate-600">{t("heldBy")}</dt>
        <dd>{provider}</dd>
        <dt className="text-slate-600">{t("purpose")}</dt>
        <dd>{purposeWords(consent.purpose, locale)}</dd>
        <dt className="text-slate-600">{t("duration")}</dt>
        <dd>{duration}</dd>
        <dt className="text-slate-600">{t("askedOn")}</dt>
        <dd>{moment(consent.createdAt)}</dd>
        <dt className="text-slate-600">{t("yourDecision")}</dt>
        <dd data-testid="consent-status">{decidedAt ? t("decidedOn", { status, at: moment(decidedAt) }) : status}</dd>
        <dt className="text-slate-600">{t("theRequest")}</dt>
        <dd data-testid="consent-contract-state">{consent.contract ? stateWords(consent.contract.state, locale) : "—"}</dd>
      </dl>
      <div className="mt-3 flex flex-wrap items-start gap-3">
        {consent.status === "PENDING" && consent.contract?.state !== "TERMINATED" ? (
          <>
            <ConsentDecision
              key="grant"
              action={actions.grant}
              consentId={consent.id}
              label={t("grant")}
              yesLabel={t("grantYes")}
              confirmation={t("grantConfirm", { terms })}
            />
            <ConsentDecision
              key="refuse"
              action={actions.refuse}
              consentId={consent.id}
              label={t("refuse")}
              yesLabel={t("refuseYes")}
              tone="danger"
              withReason
              confirmation={t("refuseConfirm", { recipient, ...whose })}
            />
          </>
        ) : null}
        {consent.status === "GRANTED" ? (
          <ConsentDecision
            key="withdraw"
            action={actions.withdraw}
            consentId={consent.id}
            label={t("withdraw")}
            yesLabel={t("withdrawYes")}
            tone="danger"
            withReason
            confirmation={t("withdrawConfirm", { recipient, title: consent.entry.title })}
          />
        ) : null}
      </div>
    </li>
  );
}
