import { describe, expect, it } from "vitest";

import { readFixture } from "../test-support/fixtures";
import { runRules } from "./run-rules";

describe("runRules", () => {
  it("runs every rule over a whole presentation and returns SHACL-shaped results", () => {
    const presentation = readFixture("examples/valid/22.10/eg.service-offering.json");
    const results = runRules({ credentials: presentation });
    expect(results).toEqual([
      {
        severity: "Warning",
        focusNode: expect.any(String),
        path: "https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#providedBy",
        value: "did:web:raw.githubusercontent.com:egavard:payload-sign:master",
        message: expect.any(String),
        sourceShape: "serviceOfferingIssuerMatchesProvider",
        sourceConstraint: "serviceOfferingIssuerMatchesProvider",
      },
    ]);
  });

  it("accepts an array of decoded credentials and a subset of rules", () => {
    const credentials = readFixture("examples/valid/22.10/eg.service-offering.json").verifiableCredential;
    expect(runRules({ credentials, only: ["countrySubdivisionCodeIsValid"] })).toEqual([]);
    expect(runRules({ credentials, only: ["serviceOfferingIssuerMatchesProvider"] })).toHaveLength(1);
  });

  it("applies the operator's issuer-match policy level", () => {
    const credentials = readFixture("examples/valid/22.10/eg.service-offering.json").verifiableCredential;
    expect(runRules({ credentials, issuerMatchPolicy: "violation" }).map((result) => result.severity)).toEqual(["Violation"]);
    expect(runRules({ credentials, issuerMatchPolicy: "info" }).map((result) => result.severity)).toEqual(["Info"]);
    expect(runRules({ credentials, issuerMatchPolicy: "off" })).toEqual([]);
  });
});
