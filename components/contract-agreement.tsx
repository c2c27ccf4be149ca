import { useFormatter, useTranslations } from "next-intl";

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
  const t = useTranslations("contracts.agreement");
  const format = useFormatter();
  const moment = (iso: string) => format.dateTime(new Date(iso), "moment");
  if (!agreement || typeof agreement !== "object") return <p className="text-sm text-slate-700">{t("none")}</p>;
  const credential = agreement as Json;
  const validFrom = text(credential.validFrom);
  const validUntil = text(credential.validUntil);
  const proof = (Array.isArray(credential.proof) ? credential.proof[0] : credential.proof) as Json | undefined;
  const issuer = idOf(credential.issuer) ?? t("unknownIssuer");
  const suite = text(proof?.cryptosuite) ?? t("aSignature");
  return (
    <div className="flex flex-col gap-3 text-sm">
      <p>
        {validFrom && validUntil ? t("signedValid", { issuer, suite, from: moment(validFrom), until: moment(validUntil) }) : t("signed", { issuer, suite })}
      </p>
      <div data-testid="agreement-verification">
        {verification ? (
          <>
            <p className={`rounded p-3 ${verification.verified ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`}>
              {verification.verified ? (verifiedAt ? t("verifiedOn", { at: moment(verifiedAt) }) : t("verified")) : t("notVerifiedResult")}
            </p>
            <ul className="mt-2 space-y-1">
              {verification.checks.map((check, index) => (
                <li key={`${check.id}-${index}`} className="flex gap-2">
                  <span aria-hidden="true" className={check.passed ? "text-green-700" : "text-red-700"}>
                    {check.passed ? "✓" : "✗"}
                  </span>
                  <span>
                    <span className="sr-only">{check.passed ? t("passed") : t("failed")}</span>
                    {check.message}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="text-slate-700">{t("notVerifiedYet")}</p>
        )}
      </div>
      <details className="rounded border border-slate-200 p-2">
        <summary className="cursor-pointer font-medium">{t("credential")}</summary>
        <pre className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap break-all text-xs" tabIndex={0}>
          {JSON.stringify(agreement, null, 2)}
        </pre>
      </details>
    </div>
  );
}
