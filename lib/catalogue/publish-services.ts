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
  conforms: boolean;
  trustFramework: string | null;
  shapesUsed: string[];
  results: ValidationFinding[];
}
