import type { ShapeSetId } from "../types";

export interface ShapeSetDefinition {
  id: ShapeSetId;
  /** Files relative to standards/shapes; all are parsed into one shapes graph. */
  files: string[];
  /**
   * Ontology files from which only rdfs:subClassOf is kept: sh:class counts subclass instances only
   * when the hierarchy is in the shapes graph (a gx:VatID is a gx:RegistrationNumber).
   */
  classHierarchyFiles?: string[];
  description: string;
}

// owl:imports in these files point at the published DCAT-AP URL; we resolve them to the local
// verbatim copy instead of fetching, so the shapes graph is the same on every machine.
export const SHAPE_SETS: Record<ShapeSetId, ShapeSetDefinition> = {
  "gaia-x-22.10": {
    id: "gaia-x-22.10",
    files: ["gaiax/22.10/trustframework.registry-2024-05.jsonld"],
    description: "Gaia-X Trust Framework 22.10, registry snapshot 2024-05 (20 NodeShapes, incl. resources and labels)",
  },
  "gaia-x-22.10-compliance-2.1.0": {
    id: "gaia-x-22.10-compliance-2.1.0",
    files: ["gaiax/22.10/trustframework.compliance-2.1.0.jsonld"],
    description: "Gaia-X 22.10 cut-down copy bundled by compliance service 2.1.0 (8 NodeShapes, no resource shapes)",
  },
  "gaia-x-25.11": {
    id: "gaia-x-25.11",
    files: ["gaiax/25.11/gx.shacl.ttl"],
    classHierarchyFiles: ["gaiax/25.11/gx.owl.ttl"],
    description: "Gaia-X Loire 25.11+fix.1 ontology SHACL (namespace https://w3id.org/gaia-x/development#)",
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
  "healthdcat-ap": {
    id: "healthdcat-ap",
    files: ["healthdcat-ap/healthdcatap-shacl.ttl", "dcat-ap/3.0.0/shapes.ttl"],
    description: "HealthDCAT-AP (release 5, NON_PUBLIC profile) plus the DCAT-AP 3.0.0 shapes it owl:imports",
  },
  "dataloft-health": {
    id: "dataloft-health",
    files: ["dataloft/health-extension.ttl"],
    description: "dataLOFT health extension: EHDS purpose of use, legal basis, pseudonymisation level, theme, population, coding systems",
  },
};
