import type { LintOutcome } from "./use-live-lint";

const FRAMEWORKS: Record<string, string> = {
  "gaia-x-22.10": "Gaia-X 22.10",
  "gaia-x-25.11": "Gaia-X Loire (25.11)",
  "dataloft-health": "dataLOFT health",
  "healthdcat-ap": "HealthDCAT-AP",
  "dcat-ap": "DCAT-AP",
  "w3c-status-list": "W3C Bitstring Status List",
};

/** What the lint call said about the draft: problems that block publishing, then warnings, in words. */
export function LiveValidationPanel({ lint, what }: { lint: LintOutcome | null; what: string }) {
  const violations = lint?.results.filter((result) => result.severity === "Violation") ?? [];
  const warnings = lint?.results.filter((result) => result.severity === "Warning") ?? [];
  const framework = lint?.trustFramework ? (FRAMEWORKS[lint.trustFramework] ?? lint.trustFramework) : null;
  return (
    <section aria-labelledby="lint-heading" aria-live="polite" className="rounded-lg border border-slate-200 bg-white p-4" data-testid="live-validation">
      <h2 id="lint-heading" className="font-semibold">
        Live validation
      </h2>
      {!lint ? (
        <p className="text-sm text-slate-600">Fill in the form to see problems as you type.</p>
      ) : violations.length === 0 && lint.conforms === null ? (
        <p className="text-sm text-amber-900">
          Not validated: no shape of this catalogue applies to{" "}
          {lint.unvalidated?.length ? lint.unvalidated.map((item) => item.types.join(", ") || item.subject).join("; ") : `this ${what}`}, so it cannot be
          published yet. Use a type the catalogue knows (a Gaia-X or HealthDCAT-AP class).
        </p>
      ) : violations.length === 0 ? (
        <p className="text-sm text-green-800">
          No problems: this {what} conforms to {framework ? `the ${framework} shapes` : "its shapes"}.
        </p>
      ) : (
        <ul className="mt-1 list-disc pl-5 text-sm text-red-800">
          {violations.map((violation, index) => (
            <li key={index}>{violation.message}</li>
          ))}
        </ul>
      )}
      {warnings.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-sm text-amber-900" aria-label="Warnings">
          {warnings.map((warning, index) => (
            <li key={index}>Warning: {warning.message}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
