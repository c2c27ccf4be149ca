// The validator's verdict as the pipeline (lib/pipeline) passes it on and the store keeps it.

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
