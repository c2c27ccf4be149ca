import { formatTime } from "./contract-words";

type Json = Record<string, unknown>;

interface Verification {
  verified: boolean;
  checks: { id: string; passed: boolean; message: string }[];
}

const text = (value: unknown) => (typeof value === "string" ? value : null);
const idOf = (value: unknown) => (value && typeof value === "object" ? text((value as Json).id) : text(value));

/** The signed agreement: who signed it, for how long, the consumer's verification in words, the credential as JSON. */
export function ContractAgreement({
  agreement,
  verification,
  verifiedAt,
}: {
  agreement: unknown;
  verification: Verification | null;
  verifiedAt: string | null;
}) {
  if (!agreement || typeof agreement !== "object") return <p className="text-sm text-slate-700">No agreement yet: the provider signs one when agreeing.</p>;
  const credential = agreement as Json;
  const validFrom = text(credential.validFrom);
  const validUntil = text(credential.validUntil);
  const proof = (Array.isArray(credential.proof) ? credential.proof[0] : credential.proof) as Json | undefined;
  return (
    <div className="flex flex-col gap-3 text-sm">
      <p>
        Signed by the provider ({idOf(credential.issuer) ?? "unknown issuer"}) with {text(proof?.cryptosuite) ?? "a digital signature"}
        {validFrom && validUntil ? `, valid from ${formatTime(validFrom)} to ${formatTime(validUntil)}` : ""}.
      </p>
      <div data-testid="agreement-verification">
        {verification ? (
          <>
            <p className={`rounded p-3 ${verification.verified ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`}>
              {verification.verified
                ? `The consumer verified the agreement${verifiedAt ? ` on ${formatTime(verifiedAt)}` : ""}: the signature is valid and it names both parties of this contract.`
                : "The agreement did not verify."}
            </p>
            <ul className="mt-2 space-y-1">
              {verification.checks.map((check, index) => (
                <li key={`${check.id}-${index}`} className="flex gap-2">
                  <span aria-hidden="true" className={check.passed ? "text-green-700" : "text-red-700"}>
                    {check.passed ? "✓" : "✗"}
                  </span>
                  <span>
                    <span className="sr-only">{check.passed ? "Passed: " : "Failed: "}</span>
                    {check.message}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="text-slate-700">Not verified by the consumer yet.</p>
        )}
      </div>
      <details className="rounded border border-slate-200 p-2">
        <summary className="cursor-pointer font-medium">Agreement credential (JSON)</summary>
        <pre className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap break-all text-xs" tabIndex={0}>
          {JSON.stringify(agreement, null, 2)}
        </pre>
      </details>
    </div>
  );
}
