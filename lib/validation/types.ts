// Shared contracts of the validation domain. Outcomes are data; only malformed calls throw.

export type Severity = "Violation" | "Warning" | "Info";

/** Shape sets the portal knows; each maps to verbatim files under standards/shapes. */
export type ShapeSetId =
  | "gaia-x-22.10"
  | "gaia-x-22.10-compliance-2.1.0"
  | "gaia-x-25.11"
  | "dcat-ap-3.0.0"
  | "dcat-ap-3.0.0-ranges"
  | "healthdcat-ap"
  | "dataloft-health";

export type TrustFramework = "gaia-x-22.10" | "gaia-x-25.11" | "dcat-ap" | "healthdcat-ap" | "dataloft-health";

/** One finding, from SHACL or from a rule (then sourceShape is the rule name). */
export interface ValidationResult {
  severity: Severity;
  /** IRI of the node the finding is about; blank nodes as `_:label`. */
  focusNode: string;
  /** Property path as IRIs joined by " / " (a nested sh:node finding keeps the outer property first). */
  path: string | null;
  value: string | null;
  /** Plain words, e.g. "legalAddress needs a countrySubdivisionCode such as DE-BE". */
  message: string;
  sourceShape: string | null;
  /** Constraint component IRI for SHACL, or the rule name. */
  sourceConstraint: string | null;
}

export interface ValidationOutcome {
  conforms: boolean;
  /** Primary framework detected (or forced by profile); null when nothing recognisable was found. */
  trustFramework: TrustFramework | null;
  /** Shape sets run, as `id@sha256` of their files, so a stored report says exactly what judged it. */
  shapesUsed: string[];
  results: ValidationResult[];
}
