import type { Store, Term } from "n3";

import { findUndefinedClasses } from "./coverage/find-undefined-classes";
import { findUnvalidatedSubjects } from "./coverage/find-unvalidated-subjects";
import { detectTrustFramework } from "./detect-trust-framework";
import { runShacl } from "./shacl/run-shacl";
import { defaultShapesRegistry, type CompiledShapes, type ShapesRegistry } from "./shapes/create-shapes-registry";
import { sortResults } from "./sort-results";
import { verdictOf, type ProfileVerdict, type ShapeSetId, type TrustFramework, type ValidationOutcome, type ValidationResult } from "./types";

/** "auto" detects from contexts and types; any other value forces that one shape set. */
export type ValidationProfile = "auto" | ShapeSetId;

export interface ValidateGraphOptions {
  /** Data graph (default graph), e.g. built from credentials or parsed from a Turtle catalogue. */
  store: Store;
  /** Nodes that must each be targeted by a shape (credential subjects); default: the nodes nothing points at. */
  subjects?: Term[];
  contextUrls?: Set<string>;
  shapes?: ShapesRegistry;
  profile?: ValidationProfile;
}

const FRAMEWORK_OF_SET: Record<ShapeSetId, TrustFramework> = {
  "gaia-x-22.10": "gaia-x-22.10",
  "gaia-x-22.10-compliance-2.1.0": "gaia-x-22.10",
  "gaia-x-25.11": "gaia-x-25.11",
  "gaia-x-25.11-2511": "gaia-x-25.11",
  "dcat-ap-3.0.0": "dcat-ap",
  "dcat-ap-3.0.0-ranges": "dcat-ap",
  "healthdcat-ap-r8-public": "healthdcat-ap",
  "healthdcat-ap": "healthdcat-ap",
  "healthdcat-ap-r8-restricted": "healthdcat-ap",
  "healthdcat-ap-r5": "healthdcat-ap",
  "dataloft-health": "dataloft-health",
  "w3c-status-list": "w3c-status-list",
};

const NOTHING_CHECKED: ValidationResult = {
  severity: "Warning",
  focusNode: "",
  path: "@context",
  value: null,
  message:
    "No known trust framework or vocabulary was found (Gaia-X 22.10, Gaia-X 25.11, DCAT-AP, HealthDCAT-AP, dataLOFT health): nothing was checked against shapes",
  sourceShape: null,
  sourceConstraint: "validation:NoShapesApplied",
};

async function runSet(compiled: CompiledShapes, store: Store): Promise<ValidationResult[]> {
  return [...(await runShacl({ compiled, data: store })), ...findUndefinedClasses({ store, compiled: [compiled] })];
}

/**
 * Runs the detected (or forced) shape sets over an RDF data graph; results sorted and de-duplicated.
 * The verdict is null, not true, when a subject was targeted by no shape: unchecked is not passed.
 */
export async function validateGraph(options: ValidateGraphOptions): Promise<ValidationOutcome> {
  const { store, subjects, contextUrls = new Set<string>(), shapes = defaultShapesRegistry, profile = "auto" } = options;
  const detected = detectTrustFramework({ store, contextUrls });
  const shapeSets = profile === "auto" ? detected.shapeSets : [profile];
  const informational = profile === "auto" ? detected.informational : [];
  const trustFramework = profile === "auto" ? detected.trustFramework : FRAMEWORK_OF_SET[profile];

  const results: ValidationResult[] = [];
  const shapesUsed: string[] = [];
  const profiles: ProfileVerdict[] = [];
  const judging: CompiledShapes[] = [];
  for (const id of [...shapeSets, ...informational]) {
    const compiled = await shapes.get(id);
    const isInformational = !shapeSets.includes(id);
    const setResults = await runSet(compiled, store);
    profiles.push({ shapeSet: id, conforms: !setResults.some((result) => result.severity === "Violation"), informational: isInformational });
    if (isInformational) continue;
    judging.push(compiled);
    shapesUsed.push(`${id}@${compiled.contentHash}`);
    results.push(...setResults);
  }
  // Nothing was checked: say so rather than let an empty report read as a pass.
  if (shapeSets.length === 0) results.push(NOTHING_CHECKED);
  const indexes = judging.map((compiled) => compiled.index);
  let unvalidated = findUnvalidatedSubjects({ store, subjects, indexes });
  // No shape set at all: every node went unchecked, even in a graph with no top node.
  if (shapeSets.length === 0 && unvalidated.length === 0)
    unvalidated = findUnvalidatedSubjects({ store, subjects: store.getSubjects(null, null, null), indexes });
  const sorted = sortResults({ results });
  return { conforms: verdictOf({ results: sorted, unvalidated }), trustFramework, shapesUsed, results: sorted, unvalidated, profiles };
}
