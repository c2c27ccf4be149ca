// Shared contracts of the validation domain. Outcomes are data; only malformed calls throw.

export type Severity = "Violation" | "Warning" | "Info";

/** Shape sets the portal knows; each maps to verbatim files under standards/shapes. */
export type ShapeSetId =
  | "gaia-x-22.10"
  | "gaia-x-22.10-compliance-2.1.0"
  | "gaia-x-25.11"
  | "gaia-x-25.11-2511"
  | "dcat-ap-3.0.0"
  | "dcat-ap-3.0.0-ranges"
  /** HealthDCAT-AP Release 8 NON_PUBLIC, the default health profile (id kept from before R8). */
  | "healthdcat-ap"
  | "healthdcat-ap-r8-public"
  | "healthdcat-ap-r8-restricted"
  | "healthdcat-ap-r5"
  | "dataloft-health"
  | "w3c-status-list";

export type TrustFramework = "gaia-x-22.10" | "gaia-x-25.11" | "dcat-ap" | "healthdcat-ap" | "dataloft-health" | "w3c-status-list";

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

/** A credential subject (or bare claim) that no active shape targets: nothing vouches for it. */
export interface UnvalidatedSubject {
  /** IRI or `_:label` of the subject node. */
  subject: string;
  /** Its rdf:type IRIs (empty when it has none). */
  types: string[];
}

/** One shape set that was run, and whether the data meets it on its own. */
export interface ProfileVerdict {
  shapeSet: ShapeSetId;
  conforms: boolean;
  /** Informational sets (a legacy release) are reported here but never decide `conforms`. */
  informational: boolean;
}

export interface ValidationOutcome {
  /**
   * true: every credential subject was targeted by at least one active shape and nothing failed;
   * false: at least one Violation; null: no violation, but some subject was not validated at all.
   */
  conforms: boolean | null;
  /** Primary framework detected (or forced by profile); null when nothing recognisable was found. */
  trustFramework: TrustFramework | null;
  /** Shape sets run, as `id@sha256` of their files, so a stored report says exactly what judged it. */
  shapesUsed: string[];
  results: ValidationResult[];
  /** Subjects no shape applied to; non-empty exactly when conforms is null (or false for other reasons). */
  unvalidated: UnvalidatedSubject[];
  /** Which profiles the data meets (e.g. HealthDCAT-AP Release 8 NON_PUBLIC yes, legacy Release 5 no). */
  profiles: ProfileVerdict[];
}

/** false on any Violation, null when something went unvalidated, else true. */
export function verdictOf(options: { results: ValidationResult[]; unvalidated: UnvalidatedSubject[] }): boolean | null {
  if (options.results.some((result) => result.severity === "Violation")) return false;
  return options.unvalidated.length > 0 ? null : true;
}
