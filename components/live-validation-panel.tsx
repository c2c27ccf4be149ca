import { useTranslations } from "next-intl";
import type { LintOutcome } from "./use-live-lint";

/** What a wizard describes; the panel's sentences name it ("this dataset", "dieses Dienstangebot"). */
export type WizardSubject = "dataset" | "service" | "participant";

// Names of trust frameworks, the same in every language.
const FRAMEWORKS: Record<string, string> = {
  "gaia-x-22.10": "Gaia-X 22.10",
  "gaia-x-25.11": "Gaia-X Loire (25.11)",
  "dataloft-health": "dataLOFT health",
  "healthdcat-ap": "HealthDCAT-AP",
  "dcat-ap": "DCAT-AP",
  "w3c-status-list": "W3C Bitstring Status List",
};

/**
 * What the lint call said about the draft: problems that block publishing, then warnings. The
 * validator's own messages (SHACL) are shown as they arrive.
 */
export function LiveValidationPanel({ lint, what }: { lint: LintOutcome | null; what: WizardSubject }) {
  const t = useTranslations("publish.lint");
  const violations = lint?.results.filter((result) => result.severity === "Violation") ?? [];
  const warnings = lint?.results.filter((result) => result.severity === "Warning") ?? [];
  const framework = lint?.trustFramework ? (FRAMEWORKS[lint.trustFramework] ?? lint.trustFramework) : null;
  return (
    <section aria-labelledby="lint-heading" aria-live="polite" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="live-validation">
      <h2 id="lint-heading" className="font-semibold">
        {t("heading")}
      </h2>
      {!lint ? (
        <p className="text-sm text-slate-600">{t("waiting")}</p>
      ) : violations.length === 0 && lint.conforms === null ? (
        <p className="text-sm text-amber-900">
          {t("notValidated", {
            subjects: lint.unvalidated?.length ? lint.unvalidated.map((item) => item.types.join(", ") || item.subject).join("; ") : t("this", { what }),
          })}
        </p>
      ) : violations.length === 0 ? (
        <p className="text-sm text-green-800">{framework ? t("conformsTo", { what, framework }) : t("conforms", { what })}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-red-800">{t("problems", { count: violations.length })}</p>
          <ul className="mt-1 list-disc pl-5 text-sm text-red-800">
            {violations.map((violation, index) => (
              <li key={index}>{violation.message}</li>
            ))}
          </ul>
        </>
      )}
      {warnings.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-sm text-amber-900" aria-label={t("warnings", { count: warnings.length })}>
          {warnings.map((warning, index) => (
            <li key={index}>{t("warning", { message: warning.message })}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
