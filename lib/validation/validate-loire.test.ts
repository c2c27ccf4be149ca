import { beforeAll, describe, expect, it } from "vitest";

import { createShapesRegistry } from "./shapes/create-shapes-registry";
import { firstSubject, readFixture, readFixtureText, reverseKeys, testDocumentLoader as documentLoader } from "./test-support/fixtures";
import { validateSelfDescription } from "./validate-self-description";

// Loire 25.11+fix.1 shapes (gx.shacl.ttl, 2.3 MB, plus the class hierarchy of gx.owl.ttl).
const GX = "https://w3id.org/gaia-x/development#";
const shapes = createShapesRegistry();

describe("validateSelfDescription, Gaia-X Loire 25.11", () => {
  beforeAll(async () => {
    await shapes.get("gaia-x-25.11");
  }, 30_000);

  it("a whole participant presentation conforms: the registration number resolves by id and VatID counts as RegistrationNumber", async () => {
    const outcome = await validateSelfDescription({
      document: readFixture("examples/valid/loire/gxdch.participant-vp.2026.unsigned.json"),
      documentLoader,
      shapes,
    });
    expect(outcome.trustFramework).toBe("gaia-x-25.11");
    expect(outcome.results).toEqual([]);
    expect(outcome.conforms).toBe(true);
  });

  it("reads the enveloped credentials of a decoded VP-JWT payload", async () => {
    const jwt = readFixtureText("examples/valid/loire/gxdch.participant-vp.2026.signed.vp+jwt").trim();
    const payload = JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8")) as unknown;
    const outcome = await validateSelfDescription({ document: payload, documentLoader, shapes });
    expect(outcome.trustFramework).toBe("gaia-x-25.11");
    expect(outcome.conforms).toBe(true);
  });

  it("a legal person alone misses its registration number; with that credential in the array it conforms", async () => {
    const legalPerson = readFixture("examples/valid/loire/harbour.gx-legal-person.json");
    const registration = readFixture("examples/valid/loire/harbour.gx-registration-number.json");

    const alone = await validateSelfDescription({ document: legalPerson, documentLoader, shapes });
    expect(alone.conforms).toBe(false);
    expect(alone.results).toEqual([
      expect.objectContaining({
        path: `${GX}registrationNumber`,
        sourceConstraint: "http://www.w3.org/ns/shacl#ClassConstraintComponent",
        message: expect.stringContaining("must point to a RegistrationNumber"),
      }),
    ]);

    const together = await validateSelfDescription({ document: [legalPerson, registration], documentLoader, shapes });
    expect(together.results).toEqual([]);
  });

  it("a gx class in the envelope type does not leak into the closed LegalPerson shape", async () => {
    const legalPerson = readFixture("examples/valid/loire/harbour.gx-legal-person.json");
    const registration = readFixture("examples/valid/loire/harbour.gx-registration-number.json");
    legalPerson.type = ["VerifiableCredential", "gx:LegalPerson"];
    const outcome = await validateSelfDescription({ document: [legalPerson, registration], documentLoader, shapes });
    expect(outcome.results).toEqual([]);
  });

  it("a missing legal address is named, and an unknown property breaks the closed shape", async () => {
    const legalPerson = readFixture("examples/valid/loire/harbour.gx-legal-person.json");
    const registration = readFixture("examples/valid/loire/harbour.gx-registration-number.json");
    const subject = firstSubject(legalPerson);
    delete subject["gx:legalAddress"];
    subject["gx:favouriteColour"] = "blue";
    const outcome = await validateSelfDescription({ document: [legalPerson, registration], documentLoader, shapes });
    expect(outcome.conforms).toBe(false);
    const byComponent = Object.fromEntries(outcome.results.map((result) => [result.sourceConstraint?.split("#")[1], result]));
    expect(byComponent.MinCountConstraintComponent).toMatchObject({ path: `${GX}legalAddress`, message: "LegalPerson needs a legalAddress" });
    expect(byComponent.ClosedConstraintComponent).toMatchObject({ path: `${GX}favouriteColour`, value: "blue" });
  });

  it("is invariant to key order", async () => {
    const document = readFixture("examples/valid/loire/omb.gx_data_resource_instance.json");
    const first = await validateSelfDescription({ document, documentLoader, shapes });
    const second = await validateSelfDescription({ document: reverseKeys(document), documentLoader, shapes });
    // Standalone, the referenced provider is not in the graph, so sh:class findings exist to compare.
    expect(first.results.length).toBeGreaterThan(0);
    expect(second).toEqual(first);
  });
});
