const STATUS_ORDER = ["PENDING", "GRANTED", "REFUSED", "WITHDRAWN"] as const;
const STATUS_PHRASES: Record<string, (count: number) => string> = {
  PENDING: (count) => `${count} still to decide`,
  GRANTED: (count) => `${count} granted`,
  REFUSED: (count) => `${count} refused`,
  WITHDRAWN: (count) => `${count} withdrawn`,
};

/**
 * The consents a contract depends on, as the parties see them: how many citizens were asked and
 * where their decisions stand — counts only, never who they are.
 */
export function ContractConsents({ consents }: { consents: { status: string }[] }) {
  if (!consents.length) return <p className="text-sm text-slate-700">This entry holds no consent-based data of citizens; no consent is needed.</p>;
  const counts = STATUS_ORDER.map((status) => [status, consents.filter((consent) => consent.status === status).length] as const).filter(
    ([, count]) => count > 0,
  );
  const pending = consents.filter((consent) => consent.status === "PENDING").length;
  return (
    <div className="text-sm" data-testid="contract-consents">
      <p>
        {consents.length} citizen{consents.length === 1 ? " was" : "s were"} asked for consent:{" "}
        {counts.map(([status, count]) => STATUS_PHRASES[status]!(count)).join(", ")}.
      </p>
      <p className="mt-1 text-slate-700">
        {pending > 0
          ? `Waiting for ${pending} citizen${pending === 1 ? "" : "s"} to decide. The provider can agree only after every citizen has granted consent.`
          : consents.every((consent) => consent.status === "GRANTED")
            ? "Every citizen concerned has granted consent."
            : "Not every citizen granted consent, so no agreement can rest on it."}
      </p>
    </div>
  );
}
