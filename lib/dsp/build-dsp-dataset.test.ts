import { describe, expect, it } from "vitest";
import type { CatalogueDataset } from "@/lib/catalogue/find-catalogue-datasets";
import { portalOffer } from "@/lib/contracts/offers/offer-model";
import { buildDspDataset } from "./build-dsp-dataset";

const dataset: CatalogueDataset = {
  hash: "c".repeat(64),
  subjectId: "urn:uuid:1",
  title: "Registry",
  description: null,
  keywords: [],
  types: ["Dataset"],
  issuerDid: "did:web:klinik",
  providerName: null,
  purposes: ["ScientificResearch"],
  healthThemes: [],
  pseudonymisation: null,
  accessRights: null,
  licence: null,
  createdAt: new Date(0),
};

describe("buildDspDataset", () => {
  it("carries the default offer for the declared purposes, in protocol shape and in words", () => {
    const [offer] = buildDspDataset(dataset, { publicUrl: "https://c.example" })["odrl:hasPolicy"];
    expect(offer).toMatchObject({
      "@id": `urn:dataloft:offer:${dataset.hash}:default`,
      "@type": "odrl:Offer",
      "odrl:assigner": "did:web:klinik",
      "odrl:target": dataset.hash,
      "odrl:permission": [
        {
          "odrl:action": "odrl:use",
          "odrl:constraint": [
            {
              "odrl:leftOperand": "odrl:purpose",
              "odrl:operator": "odrl:isAnyOf",
              "odrl:rightOperand": ["https://w3id.org/dataloft/health#ScientificResearch"],
            },
          ],
        },
      ],
      "dct:description": [{ "@value": "Use is permitted for scientific research only." }],
    });
  });

  it("carries the explicit offers it is given instead", () => {
    const explicit = portalOffer.parse({
      id: "urn:uuid:1#offer",
      target: dataset.hash,
      assigner: "did:web:klinik",
      permission: { constraints: { purposes: ["ScientificResearch"], maxDurationDays: 30 } },
    });
    const policies = buildDspDataset(dataset, { publicUrl: "https://c.example", offersByHash: new Map([[dataset.hash, [explicit]]]) })["odrl:hasPolicy"];
    expect(policies.map((policy) => policy["@id"])).toEqual(["urn:uuid:1#offer"]);
    expect(JSON.stringify(policies[0])).toContain('"P30D"');
  });
});
