import type { VerificationOutcome } from "@/lib/credentials/types";
import type { Submission } from "@/lib/catalogue/parse-submission";
import type { ValidationSummary } from "@/lib/catalogue/publish-services";
import { deriveProjection, type SearchProjectionData } from "@/lib/catalogue/derive-projection";
import { assertWithinCaps } from "@/lib/compute/check-document-caps";
import type { PipelineServices } from "./pipeline-services";
import { runChecks, type CheckParts } from "./run-checks";

// THE check pipeline: every door that judges a credential — publish, federation harvest, the check
// endpoint (POST /api/v1/verification and the upload preview), lint, revalidation of stored entries and
// the status re-check — calls this one function and only decides what to do with its outcome. A check
// added here (or as a policy in the wiring module) applies at every door.

export type { CheckParts };

export const ALL_CHECKS: CheckParts = { signatures: true, schema: true, rules: true };

export interface CheckOptions {
  parts?: CheckParts;
  /** Stop after a failed signature check (publish, harvest): validating a forgery is wasted work. */
  failFast?: boolean;
  /** Derive the search projection (for the doors that store). */
  projection?: boolean;
  /** The caller went away (request.signal): its check stops, waiting or running. */
  signal?: AbortSignal;
}

export interface CheckOutcome {
  submission: Submission;
  credentials: Record<string, unknown>[];
  /** null when signatures were not asked for. */
  verification: VerificationOutcome | null;
  /** null when neither shapes nor rules were asked for, or skipped after a failed signature (failFast). */
  validation: ValidationSummary | null;
  projection: SearchProjectionData | null;
}

export async function checkSubmission(submission: Submission, services: PipelineServices, options: CheckOptions = {}): Promise<CheckOutcome> {
  const parts = options.parts ?? ALL_CHECKS;
  const credentials = services.credentials(submission);
  // Caps first, on this thread, in one cheap pass: a hostile document is refused before it costs a
  // worker anything. A JWT presentation's envelopes are JWTs inside strings: measure them decoded; a
  // compliance wrapper's second credential is verified too, so it is measured too.
  const measured = submission.format === "VP_JWT" ? [submission.document, ...credentials] : [submission.document];
  if (submission.complianceCredential) measured.push(submission.complianceCredential);
  assertWithinCaps(measured, services.caps);
  const checked = services.check
    ? await services.check(submission, { parts, failFast: options.failFast, signal: options.signal })
    : await runChecks(services, submission, { parts, failFast: options.failFast });
  const { verification } = checked;
  let validation = checked.validation;
  if (validation && services.policies?.length) {
    const findings = [];
    for (const policy of services.policies) findings.push(...(await policy.check({ submission, credentials, verification, validation })));
    validation = withFindings(validation, findings);
  }
  let projection: SearchProjectionData | null = null;
  if (options.projection && (!verification || verification.verified) && validation?.conforms) {
    const names = services.participantNames ? await services.participantNames(issuersOf(credentials)) : new Map<string, string>();
    projection = deriveProjection({ credentials, trustFramework: validation.trustFramework, providerNames: names });
  }
  return { submission, credentials, verification, validation, projection };
}

function withFindings(validation: ValidationSummary, findings: ValidationSummary["results"]): ValidationSummary {
  if (findings.length === 0) return validation;
  const results = [...validation.results, ...findings];
  return { ...validation, results, conforms: findings.some((finding) => finding.severity === "Violation") ? false : validation.conforms };
}

function issuersOf(credentials: Record<string, unknown>[]): string[] {
  const dids = new Set<string>();
  for (const credential of credentials) {
    const issuer = credential.issuer;
    if (typeof issuer === "string") dids.add(issuer);
    else if (issuer && typeof issuer === "object" && typeof (issuer as { id?: unknown }).id === "string") dids.add((issuer as { id: string }).id);
  }
  return [...dids];
}
