import { describe, expect, it } from "vitest";
import { buildHealthDatasetCredential } from "./build-health-dataset-credential";

describe("buildHealthDatasetCredential", () => {
  it("turns the wizard's fields into a DCAT + health credential", () => {
    const credential = buildHealthDatasetCredential(
      { title: "Asthma registry", keywords: "asthma, lung function", purposes: ["ScientificResearch"], population: "Children with asthma", codingSystems: "http://snomed.info/sct" },
      { issuer: "did:web:x", subjectId: "urn:uuid:1" },
    );
    expect(credential.issuer).toBe("did:web:x");
    expect(credential.credentialSubject).toMatchObject({
      id: "urn:uuid:1",
      type: "dcat:Dataset",
      "dct:title": "Asthma registry",
      "dcat:keyword": ["asthma", "lung function"],
      purposeOfUse: ["ScientificResearch"],
      pseudonymisationLevel: "Pseudonymised",
      population: { en: "Children with asthma" },
      codingSystem: ["http://snomed.info/sct"],
    });
  });

  it("leaves out what was not filled in, so the validator can say what is missing", () => {
    const subject = buildHealthDatasetCredential({ title: "Bare" }, { subjectId: "urn:uuid:2" }).credentialSubject as Record<string, unknown>;
    expect(subject).not.toHaveProperty("purposeOfUse");
    expect(subject).not.toHaveProperty("population");
  });

  it("refuses an unknown purpose", () => {
    expect(() => buildHealthDatasetCredential({ title: "X", purposes: ["Marketing"] }, { subjectId: "u" })).toThrow();
  });
});
