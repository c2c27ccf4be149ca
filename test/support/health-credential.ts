import { randomUUID } from "node:crypto";

/** An unsigned health dataset credential as the publish wizard builds it (DCAT + dataLOFT health terms). */
export function unsignedHealthDataset(options: { title: string; description: string; purposes?: string[]; subjectId?: string }): Record<string, unknown> {
  return {
    "@context": [
      "https://www.w3.org/ns/credentials/v2",
      { dcat: "http://www.w3.org/ns/dcat#", dct: "http://purl.org/dc/terms/" },
      "https://w3id.org/dataloft/health/v1",
    ],
    type: ["VerifiableCredential"],
    validFrom: "2026-01-01T00:00:00Z",
    credentialSubject: {
      id: options.subjectId ?? `urn:uuid:${randomUUID()}`,
      type: "dcat:Dataset",
      "dct:title": options.title,
      "dct:description": options.description,
      "dcat:keyword": ["hypertension", "home monitoring"],
      purposeOfUse: options.purposes ?? ["ScientificResearch"],
      legalBasis: ["http://data.europa.eu/eli/reg/2025/327/oj"],
      pseudonymisationLevel: "Pseudonymised",
      healthTheme: ["http://publications.europa.eu/resource/authority/data-theme/HEAL"],
      population: { en: "Adults measuring their blood pressure at home" },
      codingSystem: ["http://loinc.org"],
    },
  };
}
