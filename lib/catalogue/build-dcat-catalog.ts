import type { CatalogueDataset } from "./find-catalogue-datasets";

// The catalogue as DCAT-AP JSON-LD; health datasets carry their HealthDCAT-AP and dataLOFT health
// properties (purpose of use, health theme, pseudonymisation level).

const DLH = "https://w3id.org/dataloft/health#";

export const DCAT_CONTEXT = {
  dcat: "http://www.w3.org/ns/dcat#",
  dct: "http://purl.org/dc/terms/",
  foaf: "http://xmlns.com/foaf/0.1/",
  healthdcatap: "http://healthdataportal.eu/ns/health#",
  dlh: DLH,
};

function iri(value: string, namespace: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `${namespace}${value}`;
}

export function datasetNode(dataset: CatalogueDataset, options: { publicUrl: string }) {
  const isService = dataset.types.some((type) => /ServiceOffering|DataService/.test(type));
  return {
    "@id": dataset.subjectId ?? `${options.publicUrl}/catalogue/${dataset.hash}`,
    "@type": isService ? "dcat:DataService" : "dcat:Dataset",
    "dct:identifier": dataset.hash,
    "dct:title": dataset.title,
    ...(dataset.description ? { "dct:description": dataset.description } : {}),
    ...(dataset.keywords.length ? { "dcat:keyword": dataset.keywords } : {}),
    "dct:publisher": { "@id": dataset.issuerDid, ...(dataset.providerName ? { "foaf:name": dataset.providerName } : {}) },
    "dct:issued": { "@value": dataset.createdAt.toISOString(), "@type": "http://www.w3.org/2001/XMLSchema#dateTime" },
    "dcat:landingPage": { "@id": `${options.publicUrl}/catalogue/${dataset.hash}` },
    ...(dataset.accessRights
      ? { "dct:accessRights": { "@id": iri(dataset.accessRights, "http://publications.europa.eu/resource/authority/access-right/") } }
      : {}),
    ...(dataset.licence ? { "dct:license": { "@id": dataset.licence } } : {}),
    ...(dataset.healthThemes.length
      ? { "dcat:theme": dataset.healthThemes.map((theme) => ({ "@id": iri(theme, "http://publications.europa.eu/resource/authority/data-theme/") })) }
      : {}),
    ...(dataset.purposes.length ? { "dlh:purposeOfUse": dataset.purposes.map((purpose) => ({ "@id": iri(purpose, DLH) })) } : {}),
    ...(dataset.pseudonymisation ? { "dlh:pseudonymisationLevel": { "@id": iri(dataset.pseudonymisation, DLH) } } : {}),
  };
}

export function buildDcatCatalog(options: { datasets: CatalogueDataset[]; publicUrl: string }) {
  return {
    "@context": DCAT_CONTEXT,
    "@id": `${options.publicUrl}/api/v1/catalog`,
    "@type": "dcat:Catalog",
    "dct:title": "dataLOFT Catalogue",
    "dct:description": "Datasets and services of a citizen-centred health data space, each backed by a verified Gaia-X self-description.",
    "foaf:homepage": { "@id": options.publicUrl },
    "dcat:dataset": options.datasets.filter((d) => !d.types.some((t) => /ServiceOffering|DataService/.test(t))).map((d) => datasetNode(d, options)),
    "dcat:service": options.datasets.filter((d) => d.types.some((t) => /ServiceOffering|DataService/.test(t))).map((d) => datasetNode(d, options)),
  };
}
