import type { VerificationOutcome } from "@/lib/credentials/types";
import type { Submission } from "@/lib/catalogue/parse-submission";
import type { ValidationSummary } from "@/lib/catalogue/publish-services";

// The order of the expensive checks, in one place for the main thread (injected services) and the
// check workers (lib/compute/check-worker.ts): signatures first, shapes and rules unless failFast
// stops after a forgery.

export interface ValidationParts {
  /** SHACL shapes of the detected trust framework (and the operator's). */
  schema: boolean;
  /** The Gaia-X rules SHACL cannot express. */
  rules: boolean;
}

export interface CheckParts extends ValidationParts {
  signatures: boolean;
}

export interface RunChecksOptions {
  parts: CheckParts;
  failFast?: boolean;
}

export interface CheckFunctions {
  verify(submission: Submission): Promise<VerificationOutcome>;
  validate(submission: Submission, parts?: ValidationParts): Promise<ValidationSummary>;
}

export interface ChecksDone {
  verification: VerificationOutcome | null;
  validation: ValidationSummary | null;
}

export async function runChecks(functions: CheckFunctions, submission: Submission, options: RunChecksOptions): Promise<ChecksDone> {
  const { parts } = options;
  const verification = parts.signatures ? await functions.verify(submission) : null;
  const skipValidation = (!parts.schema && !parts.rules) || (options.failFast === true && verification !== null && !verification.verified);
  const validation = skipValidation ? null : await functions.validate(submission, { schema: parts.schema, rules: parts.rules });
  return { verification, validation };
}
