import type { VerificationOutcome } from "@/lib/credentials/types";
import type { Submission } from "@/lib/catalogue/parse-submission";
import type { ValidationFinding, ValidationSummary } from "@/lib/catalogue/publish-services";
import type { DocumentCaps } from "@/lib/compute/check-document-caps";
import type { CheckParts, ChecksDone, ValidationParts } from "./run-checks";

// What the one check pipeline needs from the credential core, the validator and the catalogue. Built
// once per process by the wiring module (lib/wiring/services.ts); injected, so the pipeline is tested
// with the real implementations and with deliberately failing ones alike.

export type { ValidationParts };

/** What a policy sees: the submission and what the checks before it found. */
export interface PolicyInput {
  submission: Submission;
  credentials: Record<string, unknown>[];
  verification: VerificationOutcome | null;
  validation: ValidationSummary | null;
}

/**
 * A check of the catalogue's own (beyond signatures and shapes) that every door applies: its findings
 * join the validation verdict, so a Violation refuses publish and harvest, flags a stored entry on
 * revalidation and shows in the check endpoint's answer.
 */
export interface SubmissionPolicy {
  id: string;
  check(input: PolicyInput): ValidationFinding[] | Promise<ValidationFinding[]>;
}

export interface PipelineServices {
  /**
   * Signatures, then shapes and rules, in one bounded task (the wiring module's check pool: deadline,
   * budgets, abort). Without it the pipeline calls verify and validate in this thread (test fakes).
   */
  check?(submission: Submission, options: { parts: CheckParts; failFast?: boolean; signal?: AbortSignal }): Promise<ChecksDone>;
  /** Caps checked before any expensive work; the defaults of lib/compute/check-document-caps.ts when absent. */
  caps?: DocumentCaps;
  verify(submission: Submission): Promise<VerificationOutcome>;
  validate(submission: Submission, parts?: ValidationParts): Promise<ValidationSummary>;
  /** Decoded credentials of the submission (a JWT presentation's envelopes included), for the projection. */
  credentials(submission: Submission): Record<string, unknown>[];
  /** Names of known participants by DID, so the projection names organisations rather than DIDs. */
  participantNames?(dids: string[]): Promise<Map<string, string>>;
  policies?: readonly SubmissionPolicy[];
}
