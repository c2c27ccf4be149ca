import type { CatalogueDataset } from "@/lib/catalogue/find-catalogue-datasets";
import { entryOffers } from "@/lib/contracts/offers/entry-offers";
import { describeOffer } from "@/lib/contracts/offers/describe-offer";
import { offerToOdrl } from "@/lib/contracts/offers/odrl-offer";
import type { PortalOffer } from "@/lib/contracts/offers/offer-model";

// Dataspace Protocol (2024-1) shapes of the catalogue. Each dataset carries the ODRL offers a contract
// can be requested under (lib/contracts/offers): the explicit offers of its credential, when the
// caller looked them up (findOffersByHash), else the default offer for exactly the declared purposes.
// Each offer also says itself in words (dct:description).

export const DSP_CONTEXT = "https://w3id.org/dspace/2024/1/context.json";

export function dspOffer(offer: PortalOffer): Record<string, unknown> {
  return { ...offerToOdrl(offer), "dct:description": [{ "@value": describeOffer(offer).join(" "), "@language": "en" }] };
}

function offersOf(dataset: CatalogueDataset, offersByHash: Map<string, PortalOffer[]> | undefined): PortalOffer[] {
  return offersByHash?.get(dataset.hash) ?? entryOffers({ hash: dataset.hash, issuerDid: dataset.issuerDid, purposes: dataset.purposes });
}

export function buildDspDataset(dataset: CatalogueDataset, options: { publicUrl: string; offersByHash?: Map<string, PortalOffer[]> }) {
  return {
    "@id": dataset.hash,
    "@type": "dcat:Dataset",
    "dct:title": dataset.title,
    ...(dataset.description ? { "dct:description": [{ "@value": dataset.description, "@language": "en" }] } : {}),
    ...(dataset.keywords.length ? { "dcat:keyword": dataset.keywords } : {}),
    "odrl:hasPolicy": offersOf(dataset, options.offersByHash).map(dspOffer),
    "dcat:distribution": [
      {
        "@type": "dcat:Distribution",
        "dct:format": "dspace:HttpData-PULL",
        "dcat:accessService": { "@id": `${options.publicUrl}/dsp`, "@type": "dcat:DataService", "dcat:endpointURL": `${options.publicUrl}/dsp` },
      },
    ],
  };
}

export function buildDspCatalog(options: {
  datasets: CatalogueDataset[];
  publicUrl: string;
  participantId: string;
  offersByHash?: Map<string, PortalOffer[]>;
}) {
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
  return {
    "@context": DSP_CONTEXT,
    "@type": "dspace:CatalogError",
    "dspace:code": options.code,
    "dspace:reason": [{ "@value": options.reason, "@language": "en" }],
  };
}
