import { describe, expect, it } from "vitest";

import { readFixture } from "../test-support/fixtures";
import { containsPiiRequiresLegitimateInterest } from "./contains-pii-requires-legitimate-interest";

const GX = "https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#";

function resource(containsPII: unknown) {
  return {
    type: "VerifiableCredential",
    issuer: "did:web:hospital.example",
    credentialSubject: { id: "https://hospital.example/data/1", type: "gx:DataResource", "gx:containsPII": containsPII },
  };
}

function interest(fields: Record<string, unknown>) {
  return {
    type: "VerifiableCredential",
    issuer: "did:web:hospital.example",
    credentialSubject: { id: "https://hospital.example/interest", type: "gx:LegitimateInterest", ...fields },
  };
}

describe("containsPiiRequiresLegitimateInterest", () => {
  it("ignores resources without personal data (the smartSense example says containsPII false)", () => {
    const credentials = readFixture("examples/unclassified/22.10/ss.data-resource.unsigned.json").verifiableCredential as Record<string, unknown>[];
    expect(containsPiiRequiresLegitimateInterest({ credentials })).toEqual([]);
    expect(containsPiiRequiresLegitimateInterest({ credentials: [resource(false)] })).toEqual([]);
  });

  it("requires a LegitimateInterest when containsPII is true", () => {
    expect(containsPiiRequiresLegitimateInterest({ credentials: [resource(true)] })).toEqual([
      expect.objectContaining({ severity: "Violation", path: `${GX}containsPII`, focusNode: "https://hospital.example/data/1" }),
    ]);
  });

  it("accepts the smartSense LegitimateInterest example (legal basis and contact present)", () => {
    const example = readFixture("examples/valid/22.10/ss.legitimate-interest.unsigned.json").verifiableCredential as Record<string, unknown>[];
    expect(containsPiiRequiresLegitimateInterest({ credentials: [resource({ "@value": "true" }), ...example] })).toEqual([]);
  });

  it("names each missing field of the legitimate interest", () => {
    const results = containsPiiRequiresLegitimateInterest({ credentials: [resource(true), interest({ "gx:legalBasis": " " })] });
    expect(results.map((result) => result.path)).toEqual([`${GX}legalBasis`, `${GX}dataProtectionContact`]);
    expect(results.every((result) => result.severity === "Violation" && result.focusNode === "https://hospital.example/interest")).toBe(true);
  });
});
