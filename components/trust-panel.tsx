export interface TrustCheck {
  id: string;
  passed: boolean;
  message: string;
  severity?: string;
  path?: string;
}

/** The verdict in plain words, then every check with a tick or a cross and its reason. */
export function TrustPanel({ verified, issuer, checks, warnings }: { verified: boolean; issuer: string | null; checks: TrustCheck[]; warnings: string[] }) {
  const failed = checks.filter((check) => !check.passed && check.severity !== "warning");
  return (
    <section aria-labelledby="trust-heading" className="rounded-lg border border-slate-200 bg-white p-5" data-testid="trust-panel">
      <h2 id="trust-heading" className="text-lg font-semibold">
        Can I trust this?
      </h2>
      <p className={`mt-2 rounded p-3 text-sm ${verified ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`} data-testid="trust-verdict">
        {verified
          ? `Yes: the signature is valid and the signing key belongs to ${issuer ?? "the issuer"}.`
          : `No: ${failed.length} check${failed.length === 1 ? "" : "s"} failed. ${failed[0]?.message ?? ""}`}
      </p>
      <ul className="mt-3 space-y-1 text-sm">
        {checks.map((check, index) => (
          <li key={`${check.id}-${index}`} className="flex gap-2">
            <span aria-hidden="true" className={check.passed ? "text-green-700" : check.severity === "warning" ? "text-amber-700" : "text-red-700"}>
              {check.passed ? "✓" : check.severity === "warning" ? "!" : "✗"}
            </span>
            <span>
              <span className="sr-only">{check.passed ? "Passed: " : check.severity === "warning" ? "Warning: " : "Failed: "}</span>
              {check.message}
              {check.path ? <span className="text-slate-600"> ({check.path})</span> : null}
            </span>
          </li>
        ))}
      </ul>
      {warnings.length > 0 ? (
        <ul className="mt-3 list-disc pl-5 text-sm text-amber-900">
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
