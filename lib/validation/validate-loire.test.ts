import { beforeAll, describe, expect, it } from "vitest";

import { createShapesRegistry } from "./shapes/create-shapes-registry";
import { firstSubject, readFixture, readFixtureText, reverseKeys, testDocumentLoader as documentLoader } from "./test-support/fixtures";
import { validateSelfDescription } from "./validate-self-description";

// Loire 25.11+fix.1 shapes (gx.shacl.ttl, 2.3 MB, plus the class hierarchy of gx.owl.ttl).
const GX = "https://w3id.org/gaia-x/development#";
const shapes = createShapesRegistry();

/** The real GXDCH VP-JWT payload, each enveloped VC decoded, optionally edited, and re-enveloped (unsigned). */
function decodedVpJwt(edit?: (credential: Record<string, unknown>) => void): Record<string, unknown> {
  const jwt = readFixtureText("examples/valid/loire/gxdch.participant-vp.2026.signed.vp+jwt").trim();
  const payload = JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8")) as Record<string, unknown>;
  if (!edit) return payload;
  const envelopes = payload.verifiableCredential as { id: string }[];
  for (const envelope of envelopes) {
    const [header, body] = envelope.id.slice(envelope.id.indexOf(",") + 1).split(".");
    const credential = JSON.parse(Buffer.from(body ?? "", "base64url").toString("utf8")) as Record<string, unknown>;
    edit(credential);
    envelope.id = `data:application/vc+jwt,${header}.${Buffer.from(JSON.stringify(credential)).toString("base64url")}.`;
  }
  return payload;
}

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

  it("reads the enveloped credentials of a decoded VP-JWT payload; untyped subjects are judged by their VC's gx class", async () => {
    const payload = decodedVpJwt();
    const outcome = await validateSelfDescription({ document: payload, documentLoader, shapes });
    expect(outcome.trustFramework).toBe("gaia-x-25.11");
    expect(outcome.unvalidated).toEqual([]);
    expect(outcome.conforms).toBe(true);

    // The legal person's class is only in its VC `type`: without the registration number it must fail.
    const broken = decodedVpJwt((credential) => {
      const subject = credential.credentialSubject as Record<string, unknown>;
      if (subject["gx:registrationNumber"]) delete subject["gx:registrationNumber"];
    });
    const failed = await validateSelfDescription({ document: broken, documentLoader, shapes });
    expect(failed.conforms).toBe(false);
    expect(failed.results).toEqual([
      expect.objectContaining({ path: `${GX}registrationNumber`, sourceConstraint: "http://www.w3.org/ns/shacl#MinCountConstraintComponent" }),
    ]);
  });

  it("keeps every predicate of a subject: a CompliantCredential's cred:digestSRI reaches its shape", async () => {
    const subject: Record<string, unknown> = {
      id: "https://example.org/compliance#cs",
      type: "gx:CompliantCredential",
      "gx:credentialType": "gx:LegalPerson",
      digestSRI: "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
    };
    const compliance = {
      "@context": ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/gaia-x/development#"],
      type: ["VerifiableCredential"],
      issuer: "did:web:compliance.example",
      credentialSubject: subject,
    };
    const outcome = await validateSelfDescription({ document: compliance, documentLoader, shapes });
    expect(outcome.results).toEqual([]);
    expect(outcome.conforms).toBe(true);
    delete subject.digestSRI;
    const missing = await validateSelfDescription({ document: compliance, documentLoader, shapes });
    expect(missing.results).toEqual([
      expect.objectContaining({
        path: "https://www.w3.org/2018/credentials#digestSRI",
        sourceConstraint: "http://www.w3.org/ns/shacl#MinCountConstraintComponent",
      }),
    ]);
  });

  it("a made-up gx class is a violation named as such, and its subject is not validated", async () => {
    const registration = readFixture("examples/valid/loire/harbour.gx-registration-number.json");
    firstSubject(registration).type = "gx:MadeUpThing";
    const outcome = await validateSelfDescription({ document: registration, documentLoader, shapes });
    expect(outcome.conforms).toBe(false);
    expect(outcome.results).toEqual([
      expect.objectContaining({
        path: "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
        value: `${GX}MadeUpThing`,
        sourceConstraint: "validation:UndefinedClass",
      }),
    ]);
    expect(outcome.unvalidated).toEqual([{ subject: expect.any(String), types: [`${GX}MadeUpThing`] }]);
  });

  it("a subject of a known framework that no shape targets is not validated: conforms is null, not true", async () => {
    const registration = readFixture("examples/valid/loire/harbour.gx-registration-number.json");
    const subject = firstSubject(registration);
    delete subject.type;
    const outcome = await validateSelfDescription({ document: registration, documentLoader, shapes });
    expect(outcome.results).toEqual([]);
    expect(outcome.conforms).toBeNull();
    expect(outcome.unvalidated).toEqual([{ subject: subject.id, types: [] }]);
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
