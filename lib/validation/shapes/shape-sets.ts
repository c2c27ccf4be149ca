import { GX_2210_NS, GX_2511_NS, GX_LOIRE_NS } from "../namespaces";
import type { ShapeSetId } from "../types";

export interface ShapeSetDefinition {
  id: ShapeSetId;
  /** Files relative to standards/shapes; all are parsed into one shapes graph. */
  files: string[];
  /**
   * Ontology files from which only rdfs:subClassOf is kept: sh:class counts subclass instances only
   * when the hierarchy is in the shapes graph (a gx:VatID is a gx:RegistrationNumber). Their
   * owl:Class / rdfs:Class declarations become the set's defined classes.
   */
  classHierarchyFiles?: string[];
  /**
   * Namespace this set's ontology owns: a type in it that the ontology (or the shapes) does not
   * define is a Violation, so a made-up `gx:` class cannot slip through untargeted.
   */
  vocabularyNamespace?: string;
  /** An older release kept for comparison: never chosen automatically to judge. */
  legacy?: boolean;
  description: string;
}

const HEALTHDCAT_R8 = "healthdcat-ap/r8";
// HealthDCAT-AP R8 validator recipe (validator/config.properties) per access level, minus what needs
// background vocabularies we do not ship: mdr-vocabularies (skos:inScheme against EU NALs), range.ttl
// (needs every IRI typed), graph-guard (SPARQL; the shapes engine runs without SPARQL).
function healthDcatR8(level: "public" | "non-public" | "restricted"): string[] {
  return [
    `${HEALTHDCAT_R8}/${level}-shapes.ttl`,
    `${HEALTHDCAT_R8}/${level}-shapes_recommended.ttl`,
    "dcat-ap/3.0.0/shapes.ttl",
    "dcat-ap/3.0.0/shapes_recommended.ttl",
  ];
}

// owl:imports in these files point at the published DCAT-AP URL; we resolve them to the local
// verbatim copy instead of fetching, so the shapes graph is the same on every machine.
export const SHAPE_SETS: Record<ShapeSetId, ShapeSetDefinition> = {
  "gaia-x-22.10": {
    id: "gaia-x-22.10",
    files: ["gaiax/22.10/trustframework.registry-2024-05.jsonld"],
    // 22.10 has no ontology in the gx: shape namespace; the registry shapes name every class it has.
    vocabularyNamespace: GX_2210_NS,
    description: "Gaia-X Trust Framework 22.10, registry snapshot 2024-05 (20 NodeShapes, incl. resources and labels)",
  },
  "gaia-x-22.10-compliance-2.1.0": {
    id: "gaia-x-22.10-compliance-2.1.0",
    files: ["gaiax/22.10/trustframework.compliance-2.1.0.jsonld"],
    description: "Gaia-X 22.10 cut-down copy bundled by compliance service 2.1.0 (8 NodeShapes, no resource shapes)",
  },
  "gaia-x-25.11": {
    id: "gaia-x-25.11",
    // 25.11+fix.1, the release of the pinned development# context: fix.5 moved schema.org terms from
    // https://schema.org/ to http://schema.org/, so its shapes need its context in lock-step.
    files: ["gaiax/25.11/gx.shacl.ttl"],
    classHierarchyFiles: ["gaiax/25.11/gx.owl.ttl"],
    vocabularyNamespace: GX_LOIRE_NS,
    description: "Gaia-X Loire 25.11+fix.1 ontology SHACL, canonical namespace https://w3id.org/gaia-x/development# (matches the pinned context)",
  },
  "gaia-x-25.11-2511": {
    id: "gaia-x-25.11-2511",
    files: ["gaiax/2511/xfsc.gx-2511.shapes.ttl"],
    classHierarchyFiles: ["gaiax/2511/xfsc.gx-2511.class-hierarchy.ttl"],
    vocabularyNamespace: GX_2511_NS,
    description: "Gaia-X 25.11 (Trust Framework 2511) SHACL in the versioned namespace https://w3id.org/gaia-x/2511#, as bundled by XFSC FC",
  },
  "dcat-ap-3.0.0": {
    id: "dcat-ap-3.0.0",
    files: ["dcat-ap/3.0.0/shapes.ttl"],
    description: "DCAT-AP 3.0.0 constraints (the file HealthDCAT-AP owl:imports); class ranges are a separate profile",
  },
  // DCAT-AP says range constraints depend on the exchange agreement: they need every referenced
  // vocabulary IRI typed in the data, which real catalogues rarely do. Opt-in only.
  "dcat-ap-3.0.0-ranges": {
    id: "dcat-ap-3.0.0-ranges",
    files: ["dcat-ap/3.0.0/shapes.ttl", "dcat-ap/3.0.0/range.ttl"],
    description: "DCAT-AP 3.0.0 constraints plus class range constraints (range.ttl)",
  },
  "healthdcat-ap-r8-public": {
    id: "healthdcat-ap-r8-public",
    files: healthDcatR8("public"),
    description: "HealthDCAT-AP Release 8, PUBLIC access level (core + recommended, DCAT-AP 3.0.0 shapes it imports)",
  },
  "healthdcat-ap": {
    id: "healthdcat-ap",
    files: healthDcatR8("non-public"),
    // The id predates Release 8 and is kept so operator extensions and stored reports keep their key.
    description: "HealthDCAT-AP Release 8, NON_PUBLIC access level, the default health profile (core + recommended, DCAT-AP 3.0.0 shapes it imports)",
  },
  "healthdcat-ap-r8-restricted": {
    id: "healthdcat-ap-r8-restricted",
    files: healthDcatR8("restricted"),
    description: "HealthDCAT-AP Release 8, RESTRICTED access level (core + recommended, DCAT-AP 3.0.0 shapes it imports)",
  },
  "healthdcat-ap-r5": {
    id: "healthdcat-ap-r5",
    files: ["healthdcat-ap/healthdcatap-shacl.ttl", "dcat-ap/3.0.0/shapes.ttl"],
    legacy: true,
    description: "Legacy: HealthDCAT-AP Release 5 (NON_PUBLIC profile) plus the DCAT-AP 3.0.0 shapes it owl:imports",
  },
  "w3c-status-list": {
    id: "w3c-status-list",
    files: ["dataloft/bitstring-status-list.ttl"],
    description: "W3C Bitstring Status List v1.0: a status list credential's subject (statusPurpose, encodedList)",
  },
  "dataloft-health": {
    id: "dataloft-health",
    files: ["dataloft/health-extension.ttl"],
    description: "dataLOFT health extension: EHDS purpose of use, legal basis, pseudonymisation level, theme, population, coding systems",
  },
};
