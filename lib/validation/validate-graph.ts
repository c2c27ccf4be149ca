import type { Store } from "n3";

import { detectTrustFramework } from "./detect-trust-framework";
import { runShacl } from "./shacl/run-shacl";
import { defaultShapesRegistry, type ShapesRegistry } from "./shapes/create-shapes-registry";
import { sortResults } from "./sort-results";
import type { ShapeSetId, TrustFramework, ValidationOutcome, ValidationResult } from "./types";

/** "auto" detects from contexts and types; any other value forces that one shape set. */
export type ValidationProfile = "auto" | ShapeSetId;

export interface ValidateGraphOptions {
  /** Data graph (default graph), e.g. built from credentials or parsed from a Turtle catalogue. */
  store: Store;
  contextUrls?: Set<string>;
  shapes?: ShapesRegistry;
  profile?: ValidationProfile;
}

const FRAMEWORK_OF_SET: Record<ShapeSetId, TrustFramework> = {
  "gaia-x-22.10": "gaia-x-22.10",
  "gaia-x-22.10-compliance-2.1.0": "gaia-x-22.10",
  "gaia-x-25.11": "gaia-x-25.11",
  "dcat-ap-3.0.0": "dcat-ap",
  "dcat-ap-3.0.0-ranges": "dcat-ap",
  "healthdcat-ap": "healthdcat-ap",
  "dataloft-health": "dataloft-health",
};

const NOTHING_CHECKED: ValidationResult = {
  severity: "Warning",
  focusNode: "",
  path: "@context",
  value: null,
  message:
    "No known trust framework or vocabulary was found (Gaia-X 22.10, Gaia-X Loire, DCAT-AP, HealthDCAT-AP, dataLOFT health): nothing was checked against shapes",
  sourceShape: null,
  sourceConstraint: "validation:NoShapesApplied",
};

/** Runs the detected (or forced) shape sets over an RDF data graph; results sorted and de-duplicated. */
export async function validateGraph(options: ValidateGraphOptions): Promise<ValidationOutcome> {
  const { store, contextUrls = new Set<string>(), shapes = defaultShapesRegistry, profile = "auto" } = options;
  const detected = detectTrustFramework({ store, contextUrls });
  const shapeSets = profile === "auto" ? detected.shapeSets : [profile];
  const trustFramework = profile === "auto" ? detected.trustFramework : FRAMEWORK_OF_SET[profile];

  const results: ValidationResult[] = [];
  const shapesUsed: string[] = [];
  for (const id of shapeSets) {
    const compiled = await shapes.get(id);
    shapesUsed.push(`${id}@${compiled.contentHash}`);
    results.push(...(await runShacl({ compiled, data: store })));
  }
  // Nothing was checked: say so rather than let an empty report read as a pass.
  if (shapeSets.length === 0) results.push(NOTHING_CHECKED);
  const sorted = sortResults({ results });
  return { conforms: !sorted.some((result) => result.severity === "Violation"), trustFramework, shapesUsed, results: sorted };
}
