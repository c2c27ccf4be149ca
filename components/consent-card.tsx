import Link from "next/link";
import type { FormState } from "./form-state";
import { ConsentDecision } from "./consent-decision";
import { CONSENT_STATUS_WORDS, durationWords, formatTime, purposeWords, stateWords } from "./contract-words";

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
  const recipient = consent.recipient?.name ?? "The requester";
  const provider = consent.contract?.provider?.name ?? "its provider";
  const duration = durationWords(consent.contract?.durationDays ?? null);
  const purpose = purposeWords(consent.purpose).toLowerCase();
  const whose = decidingForSomeoneElse ? `${consent.citizen?.name ?? "the citizen"}'s` : "your";
  const terms = `${recipient} may use ${whose} data in “${consent.entry.title}” from ${provider} for ${purpose}, for ${duration}.`;
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
            <dt className="text-slate-600">On behalf of</dt>
            <dd>{consent.citizen?.name} (you are the data trustee)</dd>
          </>
        ) : null}
        <dt className="text-slate-600">Requested by</dt>
        <dd data-testid="consent-recipient">{recipient}</dd>
        <dt className="text-slate-600">Data held by</dt>
        <dd>{provider}</dd>
        <dt className="text-slate-600">Purpose</dt>
        <dd>{purposeWords(consent.purpose)}</dd>
        <dt className="text-slate-600">Duration</dt>
        <dd>{duration}</dd>
        <dt className="text-slate-600">Asked on</dt>
        <dd>{formatTime(consent.createdAt)}</dd>
        <dt className="text-slate-600">Your decision</dt>
        <dd data-testid="consent-status">
          {CONSENT_STATUS_WORDS[consent.status] ?? consent.status}
          {consent.withdrawnAt ? ` on ${formatTime(consent.withdrawnAt)}` : consent.decidedAt ? ` on ${formatTime(consent.decidedAt)}` : ""}
        </dd>
        <dt className="text-slate-600">The request</dt>
        <dd data-testid="consent-contract-state">{consent.contract ? stateWords(consent.contract.state) : "—"}</dd>
      </dl>
      <div className="mt-3 flex flex-wrap items-start gap-3">
        {consent.status === "PENDING" && consent.contract?.state !== "TERMINATED" ? (
          <>
            <ConsentDecision
              key="grant"
              action={actions.grant}
              consentId={consent.id}
              label="Grant consent"
              confirmation={`${terms} You can withdraw your consent at any time; that ends the agreement at once.`}
            />
            <ConsentDecision
              key="refuse"
              action={actions.refuse}
              consentId={consent.id}
              label="Refuse consent"
              tone="danger"
              withReason
              confirmation={`${recipient} will not get ${whose} data for this request; the provider cannot agree to it.`}
            />
          </>
        ) : null}
        {consent.status === "GRANTED" ? (
          <ConsentDecision
            key="withdraw"
            action={actions.withdraw}
            consentId={consent.id}
            label="Withdraw consent"
            tone="danger"
            withReason
            confirmation={`${recipient} will lose access at once: the agreement for “${consent.entry.title}” is terminated for both parties. This cannot be undone; a new request would need your consent again.`}
          />
        ) : null}
      </div>
    </li>
  );
}
