// A small dataLOFT health dataset as a publisher would submit it (DCAT + health vocabulary). DCAT terms
// use an inline prefix context: the pinned DCAT-AP 3.0.0 context fails JSON-LD 1.1 processing
// ("term in form of IRI must expand to definition"), see lib/validation/README.md.
export function healthDataset(): Record<string, unknown> {
  return {
    "@context": [{ dcat: "http://www.w3.org/ns/dcat#", dct: "http://purl.org/dc/terms/" }, "https://w3id.org/dataloft/health/v1"],
    "@id": "https://data.example-hospital.eu/dataset/diabetes-registry",
    "@type": "dcat:Dataset",
    "dct:title": { "@value": "Type 2 diabetes registry", "@language": "en" },
    "dct:description": { "@value": "Pseudonymised follow-up of adults with type 2 diabetes, 2015-2025.", "@language": "en" },
    purposeOfUse: ["ScientificResearch", "PublicHealthInterest"],
    legalBasis: ["http://data.europa.eu/eli/reg/2025/327/oj"],
    pseudonymisationLevel: "Pseudonymised",
    healthTheme: ["http://publications.europa.eu/resource/authority/data-theme/HEAL"],
    population: { en: "Adults with type 2 diabetes treated in Berlin" },
    codingSystem: ["http://snomed.info/sct", "http://hl7.org/fhir/sid/icd-10"],
  };
}
