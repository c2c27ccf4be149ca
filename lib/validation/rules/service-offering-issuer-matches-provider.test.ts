import { describe, expect, it } from "vitest";

import { readFixture } from "../test-support/fixtures";
import { serviceOfferingIssuerMatchesProvider } from "./service-offering-issuer-matches-provider";

const GX = "https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#";

function credentialsOf(file: string): Record<string, unknown>[] {
  return readFixture(file).verifiableCredential as Record<string, unknown>[];
}

function isOffering(credential: Record<string, unknown>): boolean {
  return JSON.stringify(credential.credentialSubject).includes('"gx:ServiceOffering"');
}

describe("serviceOfferingIssuerMatchesProvider", () => {
  it("passes when the offering and its provider's participant credential share an issuer", () => {
    const credentials = credentialsOf("examples/valid/22.10/ss.service-offering-and-resources-vp.signed.json");
    expect(serviceOfferingIssuerMatchesProvider({ credentials })).toEqual([]);
  });

  it("warns by default when another party issued the offering, and fails when the operator raised the policy", () => {
    const credentials = credentialsOf("examples/valid/22.10/ss.service-offering-and-resources-vp.signed.json");
    const offering = credentials.find(isOffering);
    if (!offering) throw new Error("fixture changed: no ServiceOffering");
    offering.issuer = "did:web:someone-else.example";
    expect(serviceOfferingIssuerMatchesProvider({ credentials })).toEqual([expect.objectContaining({ severity: "Warning", path: `${GX}providedBy` })]);
    expect(serviceOfferingIssuerMatchesProvider({ credentials, level: "off" })).toEqual([]);
    const results = serviceOfferingIssuerMatchesProvider({ credentials, level: "violation" });
    expect(results).toEqual([
      expect.objectContaining({
        severity: "Violation",
        path: `${GX}providedBy`,
        sourceShape: "serviceOfferingIssuerMatchesProvider",
        message: expect.stringContaining("is issued by did:web:someone-else.example"),
      }),
    ]);
  });

  it("flags the egavard developer example, where a federation issues an offering for another participant", () => {
    const credentials = credentialsOf("examples/valid/22.10/eg.service-offering.json");
    const [result] = serviceOfferingIssuerMatchesProvider({ credentials, level: "violation" });
    expect(result).toMatchObject({ severity: "Violation", value: "did:web:raw.githubusercontent.com:egavard:payload-sign:master" });
  });

  it("warns when the provider's credential is not part of the submission", () => {
    const credentials = credentialsOf("examples/valid/22.10/ss.service-offering-and-resources-vp.signed.json").filter(isOffering);
    expect(credentials).toHaveLength(1);
    expect(serviceOfferingIssuerMatchesProvider({ credentials })).toEqual([expect.objectContaining({ severity: "Warning" })]);
  });
});
