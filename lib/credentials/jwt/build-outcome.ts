import { addRemedies } from "@/lib/credentials/check-remedies";
import type { CredentialFormat, VerificationCheck, VerificationOutcome } from "@/lib/credentials/types";

export interface BuildOutcomeOptions {
  format: CredentialFormat;
  issuer: string | null;
  checks: VerificationCheck[];
  credentials?: VerificationOutcome[];
}

/** Verified when every check that is not a mere warning passed; errors and warnings list the failures, remedies added. */
export function buildOutcome(options: BuildOutcomeOptions): VerificationOutcome {
  const failed = addRemedies(options.checks).filter((check) => !check.passed);
  const errors = failed.filter((check) => check.severity !== "warning").map((check) => check.message);
  const warnings = failed.filter((check) => check.severity === "warning").map((check) => check.message);
  return {
    verified: errors.length === 0,
    format: options.format,
    issuer: options.issuer,
    checks: options.checks,
    warnings,
    errors,
    ...(options.credentials ? { credentials: options.credentials } : {}),
  };
}
