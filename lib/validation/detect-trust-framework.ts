import type { Store } from "n3";

import type { ShapeSetId, TrustFramework } from "./types";

export const GX_2210_NS = "https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#";
export const GX_LOIRE_NS = "https://w3id.org/gaia-x/development#";
export const DCAT_NS = "http://www.w3.org/ns/dcat#";
export const HEALTHDCAT_NS = "http://healthdataportal.eu/ns/health#";
export const DATALOFT_HEALTH_NS = "https://w3id.org/dataloft/health#";
const DATALOFT_HEALTH_CONTEXT = "https://w3id.org/dataloft/health/v1";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const DCAT_CLASSES = new Set(["Dataset", "Catalog", "DataService", "DatasetSeries", "Distribution"].map((name) => `${DCAT_NS}${name}`));

export interface DetectedFrameworks {
  trustFramework: TrustFramework | null;
  shapeSets: ShapeSetId[];
}

/**
 * Chooses shape sets from what the graph actually uses (types and predicates) and which contexts it
 * cites. Several can apply at once: a HealthDCAT-AP dataset with dataLOFT health terms gets both.
 */
export function detectTrustFramework(options: { store: Store; contextUrls: Set<string> }): DetectedFrameworks {
  const { store, contextUrls } = options;
  const predicates = new Set<string>();
  const types = new Set<string>();
  for (const quad of store) {
    predicates.add(quad.predicate.value);
    if (quad.predicate.value === RDF_TYPE) types.add(quad.object.value);
  }
  const uses = (namespace: string) =>
    [...types].some((type) => type.startsWith(namespace)) || [...predicates].some((predicate) => predicate.startsWith(namespace));

  // The 22.10 "context" URL is the shapes document itself, so citing it means 22.10 even before any term.
  const gx2210 = contextUrls.has(GX_2210_NS) || uses(GX_2210_NS);
  const loire = contextUrls.has(GX_LOIRE_NS) || uses(GX_LOIRE_NS);
  const dcat = [...types].some((type) => DCAT_CLASSES.has(type));
  const healthDcat = uses(HEALTHDCAT_NS);
  const dataloftHealth = contextUrls.has(DATALOFT_HEALTH_CONTEXT) || uses(DATALOFT_HEALTH_NS);

  const shapeSets: ShapeSetId[] = [];
  if (gx2210) shapeSets.push("gaia-x-22.10");
  if (loire) shapeSets.push("gaia-x-25.11");
  if (healthDcat) shapeSets.push("healthdcat-ap");
  else if (dcat) shapeSets.push("dcat-ap-3.0.0");
  if (dataloftHealth) shapeSets.push("dataloft-health");

  const trustFramework: TrustFramework | null = loire
    ? "gaia-x-25.11"
    : gx2210
      ? "gaia-x-22.10"
      : healthDcat
        ? "healthdcat-ap"
        : dcat
          ? "dcat-ap"
          : dataloftHealth
            ? "dataloft-health"
            : null;
  return { trustFramework, shapeSets };
}
