import type { VerificationOutcome } from "@/lib/credentials/types";
import type { Submission } from "./parse-submission";

// What the publish pipeline needs from the credential core and the validator. Injected, so the
// pipeline is tested with the real implementations and with deliberately failing ones alike.

export interface ValidationFinding {
  severity: "Violation" | "Warning" | "Info";
  focusNode: string | null;
  path: string | null;
  value: string | null;
  message: string;
  sourceShape: string | null;
}

export interface ValidationSummary {
  conforms: boolean;
  trustFramework: string | null;
  shapesUsed: string[];
  results: ValidationFinding[];
}

export interface PublishServices {
  verify(submission: Submission): Promise<VerificationOutcome>;
  validate(submission: Submission): Promise<ValidationSummary>;
  /** Decoded credentials of the submission (a JWT presentation's envelopes included), for the projection. */
  credentials(submission: Submission): Record<string, unknown>[];
}
