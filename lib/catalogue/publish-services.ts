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
  /** true: every credential subject was checked by some shape and nothing failed; null: something was not validated. */
  conforms: boolean | null;
  trustFramework: string | null;
  shapesUsed: string[];
  results: ValidationFinding[];
  /** Credential subjects no shape applied to (why conforms is null). */
  unvalidated?: { subject: string; types: string[] }[];
  /** Profiles the entry meets or not, e.g. HealthDCAT-AP Release 8 yes, legacy Release 5 no. */
  profiles?: { shapeSet: string; conforms: boolean; informational: boolean }[];
}

export interface PublishServices {
  verify(submission: Submission): Promise<VerificationOutcome>;
  validate(submission: Submission): Promise<ValidationSummary>;
  /** Decoded credentials of the submission (a JWT presentation's envelopes included), for the projection. */
  credentials(submission: Submission): Record<string, unknown>[];
}
