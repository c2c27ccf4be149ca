import { useTranslations } from "next-intl";
import { shortDid } from "./format";

export interface TrustCheck {
  id: string;
  passed: boolean;
  message: string;
  severity?: string;
  path?: string;
}

/** What the portal's rule check found: conforms (true, false, or null when no rule set applied) and the rules' name. */
export interface TrustConformance {
  conforms: boolean | null;
  rules: string | null;
}

export interface TrustPanelProps {
  verified: boolean;
  issuer: string | null;
  checks: TrustCheck[];
  warnings: string[];
  /** The publishing organisation's name, where the portal knows the issuer's DID. */
  publisherName?: string | null;
  /** Left out where the caller has not validated the claims (or says nothing about it). */
  conformance?: TrustConformance | null;
}

type Translate = ReturnType<typeof useTranslations<"entry.trust">>;

function conformanceSentence(t: Translate, conformance: TrustConformance | null | undefined): string {
  if (!conformance) return t("genuine");
  if (conformance.conforms === null) return t("unchecked");
  if (conformance.rules) return conformance.conforms ? t("conforms", { rules: conformance.rules }) : t("violates", { rules: conformance.rules });
  return conformance.conforms ? t("conformsNoRules") : t("violatesNoRules");
}

/**
 * The answer first, in plain words: who published it, whether the signature is genuine and whether the
 * description follows its rules. The checks behind it are folded away, open when something failed.
 * Their messages come from lib/credentials and are English for now.
 */
export function TrustPanel({ verified, issuer, checks, warnings, publisherName, conformance }: TrustPanelProps) {
  const t = useTranslations("entry.trust");
  const failed = checks.filter((check) => !check.passed && check.severity !== "warning");
  const who = publisherName ? t("publishedBy", { name: publisherName }) : issuer ? t("signedBy", { did: shortDid(issuer) }) : null;
  const verdict = verified
    ? [t("yes"), who, conformanceSentence(t, conformance), warnings.length ? t("warnings", { count: warnings.length }) : null].filter(Boolean).join(" ")
    : t("failed", { count: failed.length });
  return (
    <section aria-labelledby="trust-heading" className="rounded-lg border border-slate-200 bg-white p-5" data-testid="trust-panel">
      <h2 id="trust-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className={`mt-2 rounded p-3 text-sm ${verified ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`} data-testid="trust-verdict">
        {verdict}
      </p>
      <details className="mt-3 text-sm" open={!verified}>
        <summary className="cursor-pointer font-medium text-brand-700">{t("details")}</summary>
        <p className="mt-2 text-slate-700">{t("detailsNote")}</p>
        <ul className="mt-2 space-y-1">
          {checks.map((check, index) => (
            <li key={`${check.id}-${index}`} className="flex gap-2">
              <span aria-hidden="true" className={check.passed ? "text-green-700" : check.severity === "warning" ? "text-amber-700" : "text-red-700"}>
                {check.passed ? "✓" : check.severity === "warning" ? "!" : "✗"}
              </span>
              <span className="break-words">
                <span className="sr-only">{check.passed ? t("passed") : check.severity === "warning" ? t("warning") : t("failedCheck")} </span>
                {check.message}
                {check.path ? <span className="text-slate-600"> ({check.path})</span> : null}
              </span>
            </li>
          ))}
        </ul>
        {warnings.length > 0 ? (
          <ul className="mt-3 list-disc pl-5 text-amber-900">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        ) : null}
      </details>
    </section>
  );
}

const RULE_SET_NAMES: Record<string, string> = {
  "gaia-x-22.10": "Gaia-X 22.10",
  "gaia-x-25.11": "Gaia-X Loire (25.11)",
  "dcat-ap": "DCAT-AP",
  "healthdcat-ap": "HealthDCAT-AP",
  "dataloft-health": "dataLOFT Health",
  "w3c-status-list": "W3C Bitstring Status List",
};

/** The rule set an entry was judged by (its detected trust framework), by its own name; null when none was detected. */
export function ruleSetName(trustFramework: string | null): string | null {
  return trustFramework ? (RULE_SET_NAMES[trustFramework] ?? trustFramework) : null;
}
