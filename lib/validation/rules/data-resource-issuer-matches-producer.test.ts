import { describe, expect, it } from "vitest";

import { dataResourceIssuerMatchesProducer } from "./data-resource-issuer-matches-producer";

const context = [
  "https://www.w3.org/2018/credentials/v1",
  "https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#",
];

function credentials(resourceIssuer: string) {
  return [
    {
      "@context": context,
      type: "VerifiableCredential",
      issuer: "did:web:hospital.example",
      credentialSubject: { id: "did:web:hospital.example", type: "gx:LegalParticipant" },
    },
    {
      "@context": context,
      type: "VerifiableCredential",
      issuer: resourceIssuer,
      credentialSubject: { id: "https://hospital.example/data/registry", type: "gx:DataResource", "gx:producedBy": { id: "did:web:hospital.example" } },
    },
  ];
}

describe("dataResourceIssuerMatchesProducer", () => {
  it("passes when the producer issued the data resource", () => {
    expect(dataResourceIssuerMatchesProducer({ credentials: credentials("did:web:hospital.example") })).toEqual([]);
  });

  it("warns when someone else issued it, and fails under the raised policy", () => {
    expect(dataResourceIssuerMatchesProducer({ credentials: credentials("did:web:broker.example") })).toEqual([
      expect.objectContaining({ severity: "Warning", value: "did:web:hospital.example" }),
    ]);
    expect(dataResourceIssuerMatchesProducer({ credentials: credentials("did:web:broker.example"), level: "violation" })).toEqual([
      expect.objectContaining({
        severity: "Violation",
        focusNode: "https://hospital.example/data/registry",
        value: "did:web:hospital.example",
        sourceShape: "dataResourceIssuerMatchesProducer",
      }),
    ]);
  });

  it("warns when the producer's credential is missing", () => {
    const [, resource] = credentials("did:web:hospital.example");
    expect(dataResourceIssuerMatchesProducer({ credentials: [resource as Record<string, unknown>] })).toEqual([
      expect.objectContaining({ severity: "Warning", message: expect.stringContaining("not in this submission") }),
    ]);
  });
});
