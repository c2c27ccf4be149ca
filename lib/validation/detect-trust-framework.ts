import type { Store } from "n3";

import {
  ACCESS_RIGHT_NS,
  DATALOFT_HEALTH_CONTEXT,
  DATALOFT_HEALTH_NS,
  DCAT_NS,
  DCT_NS,
  GX_2210_NS,
  GX_2511_NS,
  GX_LOIRE_NS,
  HEALTHDCAT_NS,
  RDF_TYPE,
} from "./namespaces";
import type { ShapeSetId, TrustFramework } from "./types";

const BITSTRING_STATUS_LIST = "https://www.w3.org/ns/credentials/status#BitstringStatusList";

export { DATALOFT_HEALTH_NS, DCAT_NS, GX_2210_NS, GX_2511_NS, GX_LOIRE_NS, HEALTHDCAT_NS } from "./namespaces";

const DCAT_CLASSES = new Set(["Dataset", "Catalog", "DataService", "DatasetSeries", "Distribution"].map((name) => `${DCAT_NS}${name}`));
const R8_BY_ACCESS_RIGHT: Record<string, ShapeSetId> = {
  PUBLIC: "healthdcat-ap-r8-public",
  RESTRICTED: "healthdcat-ap-r8-restricted",
  NON_PUBLIC: "healthdcat-ap",
};

export interface DetectedFrameworks {
  trustFramework: TrustFramework | null;
  /** Sets that judge the document. */
  shapeSets: ShapeSetId[];
  /** Sets run only to report whether the document also meets them (legacy releases). */
  informational: ShapeSetId[];
}

// HealthDCAT-AP R8 enforces the access level with sh:hasValue, so each dataset is judged by the set of
// its own level (validator/config.properties). A dataset without dct:accessRights gets NON_PUBLIC, the
// level with the most obligations; a catalogue mixing levels gets each level's set (and must be split).
function healthDcatLevels(store: Store): ShapeSetId[] {
  const levels = new Set<ShapeSetId>();
  for (const dataset of store.getSubjects(RDF_TYPE, `${DCAT_NS}Dataset`, null)) {
    const rights = store.getObjects(dataset, `${DCT_NS}accessRights`, null).map((term) => term.value);
    const known = rights.map((iri) => R8_BY_ACCESS_RIGHT[iri.replace(ACCESS_RIGHT_NS, "")]).filter((id): id is ShapeSetId => Boolean(id));
    for (const id of known.length > 0 ? known : ["healthdcat-ap" as const]) levels.add(id);
  }
  return levels.size > 0 ? [...levels].sort() : ["healthdcat-ap"];
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
  const loire2511 = contextUrls.has(GX_2511_NS) || uses(GX_2511_NS);
  const dcat = [...types].some((type) => DCAT_CLASSES.has(type));
  const healthDcat = uses(HEALTHDCAT_NS);
  const dataloftHealth = contextUrls.has(DATALOFT_HEALTH_CONTEXT) || uses(DATALOFT_HEALTH_NS);

  const shapeSets: ShapeSetId[] = [];
  const informational: ShapeSetId[] = [];
  if (gx2210) shapeSets.push("gaia-x-22.10");
  if (loire) shapeSets.push("gaia-x-25.11");
  if (loire2511) shapeSets.push("gaia-x-25.11-2511");
  if (healthDcat) {
    shapeSets.push(...healthDcatLevels(store));
    informational.push("healthdcat-ap-r5");
  } else if (dcat) shapeSets.push("dcat-ap-3.0.0");
  if (dataloftHealth) shapeSets.push("dataloft-health");
  const statusList = types.has(BITSTRING_STATUS_LIST);
  if (statusList) shapeSets.push("w3c-status-list");

  const trustFramework: TrustFramework | null =
    loire || loire2511
      ? "gaia-x-25.11"
      : gx2210
        ? "gaia-x-22.10"
        : healthDcat
          ? "healthdcat-ap"
          : dcat
            ? "dcat-ap"
            : dataloftHealth
              ? "dataloft-health"
              : statusList
                ? "w3c-status-list"
                : null;
  return { trustFramework, shapeSets, informational };
}
