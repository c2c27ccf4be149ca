import type { ValidationOutcome } from "../types";

/** What the verdict table records per artefact: the verdict and where it fails, without volatile ids. */
export interface VerdictRow {
  conforms: boolean | null;
  trustFramework: string | null;
  shapeSets: string[];
  /** Distinct failing (shape, path, constraint) triples; blank-node shapes as null. */
  failing: { shape: string | null; path: string | null; constraint: string | null }[];
  /** Types of subjects no shape applied to. */
  unvalidatedTypes: string[][];
  /** Profiles run and whether each is met, e.g. "healthdcat-ap-r5: false (informational)". */
  profiles: string[];
}

export function toVerdictRow(outcome: ValidationOutcome): VerdictRow {
  const failing = new Map<string, VerdictRow["failing"][number]>();
  for (const result of outcome.results) {
    if (result.severity !== "Violation") continue;
    const shape = result.sourceShape && !result.sourceShape.startsWith("_:") ? result.sourceShape : null;
    const entry = { shape, path: result.path, constraint: result.sourceConstraint };
    failing.set(JSON.stringify(entry), entry);
  }
  return {
    conforms: outcome.conforms,
    trustFramework: outcome.trustFramework,
    shapeSets: outcome.shapesUsed.map((used) => used.slice(0, used.lastIndexOf("@"))),
    failing: [...failing.entries()].sort(([left], [right]) => (left < right ? -1 : 1)).map(([, entry]) => entry),
    unvalidatedTypes: outcome.unvalidated.map((entry) => entry.types),
    profiles: outcome.profiles.map((profile) => `${profile.shapeSet}: ${profile.conforms}${profile.informational ? " (informational)" : ""}`),
  };
}
