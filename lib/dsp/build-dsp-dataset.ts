import type { CatalogueDataset } from "@/lib/catalogue/find-catalogue-datasets";

// Dataspace Protocol (2024-1) shapes of the catalogue. Each dataset carries an ODRL offer: until a
// publisher defines explicit offers, the offer permits use for exactly the purposes the entry declares.

export const DSP_CONTEXT = "https://w3id.org/dspace/2024/1/context.json";
const DLH = "https://w3id.org/dataloft/health#";

export function defaultOffer(dataset: CatalogueDataset) {
  const purposes = dataset.purposes.map((purpose) => (purpose.includes(":") ? purpose : `${DLH}${purpose}`));
  return {
    "@id": `urn:dataloft:offer:${dataset.hash}:default`,
    "@type": "odrl:Offer",
    "odrl:assigner": dataset.issuerDid,
    "odrl:permission": [
      {
        "odrl:action": "odrl:use",
        ...(purposes.length
          ? { "odrl:constraint": [{ "odrl:leftOperand": "odrl:purpose", "odrl:operator": "odrl:isAnyOf", "odrl:rightOperand": purposes }] }
          : {}),
      },
    ],
    "odrl:prohibition": [],
    "odrl:obligation": [],
  };
}

export function buildDspDataset(dataset: CatalogueDataset, options: { publicUrl: string }) {
  return {
    "@id": dataset.hash,
    "@type": "dcat:Dataset",
    "dct:title": dataset.title,
    ...(dataset.description ? { "dct:description": [{ "@value": dataset.description, "@language": "en" }] } : {}),
    ...(dataset.keywords.length ? { "dcat:keyword": dataset.keywords } : {}),
    "odrl:hasPolicy": [defaultOffer(dataset)],
    "dcat:distribution": [
      {
        "@type": "dcat:Distribution",
        "dct:format": "dspace:HttpData-PULL",
        "dcat:accessService": { "@id": `${options.publicUrl}/dsp`, "@type": "dcat:DataService", "dcat:endpointURL": `${options.publicUrl}/dsp` },
      },
    ],
  };
}

export function buildDspCatalog(options: { datasets: CatalogueDataset[]; publicUrl: string; participantId: string }) {
  return {
    "@context": DSP_CONTEXT,
    "@id": `${options.publicUrl}/dsp/catalog`,
    "@type": "dcat:Catalog",
    "dct:title": "dataLOFT Catalogue",
    "dspace:participantId": options.participantId,
    "foaf:homepage": options.publicUrl,
    "dcat:dataset": options.datasets.map((dataset) => buildDspDataset(dataset, options)),
    "dcat:service": [{ "@id": `${options.publicUrl}/dsp`, "@type": "dcat:DataService", "dcat:endpointURL": `${options.publicUrl}/dsp` }],
  };
}

export function dspCatalogError(options: { code: string; reason: string }) {
  return { "@context": DSP_CONTEXT, "@type": "dspace:CatalogError", "dspace:code": options.code, "dspace:reason": [{ "@value": options.reason, "@language": "en" }] };
}
