import { describe, expect, it } from "vitest";
import { buildServiceOfferingCredential, GX_2210_CONTEXT } from "./build-service-offering-credential";

describe("buildServiceOfferingCredential", () => {
  it("turns the wizard's fields into a 22.10 ServiceOffering provided by the issuer, with health-friendly defaults", () => {
    const credential = buildServiceOfferingCredential(
      { name: "Ward records export", keywords: "FHIR, export", termsUrl: "https://clinic.example/terms", termsHash: "AB".repeat(32) },
      { issuer: "did:web:clinic.example", subjectId: "urn:uuid:1", now: new Date("2026-03-01T10:00:00.123Z") },
    );
    expect(credential["@context"]).toEqual(["https://www.w3.org/ns/credentials/v2", GX_2210_CONTEXT]);
    expect(credential).toMatchObject({ issuer: "did:web:clinic.example", validFrom: "2026-03-01T10:00:00Z" });
    expect(credential.credentialSubject).toEqual({
      id: "urn:uuid:1",
      type: "gx:ServiceOffering",
      "gx:name": "Ward records export",
      "gx:keyword": ["FHIR", "export"],
      "gx:providedBy": { id: "did:web:clinic.example" },
      "gx:policy": expect.stringContaining("contract"),
      "gx:termsAndConditions": { "gx:URL": "https://clinic.example/terms", "gx:hash": "ab".repeat(32) },
      "gx:dataAccountExport": { "gx:requestType": "API", "gx:accessType": "digital", "gx:formatType": "application/fhir+json" },
      "gx:dataProtectionRegime": ["GDPR2016"],
    });
  });

  it("prefers an explicit provider and leaves out what was not filled in", () => {
    const subject = buildServiceOfferingCredential({ name: "Bare", providedBy: "https://registry.example/participants/1.json", policy: "" }, { subjectId: "u" })
      .credentialSubject as Record<string, unknown>;
    expect(subject["gx:providedBy"]).toEqual({ id: "https://registry.example/participants/1.json" });
    expect(subject).not.toHaveProperty("gx:policy");
    expect(subject).not.toHaveProperty("gx:termsAndConditions");
    expect(subject).not.toHaveProperty("gx:endpoint");
  });

  it("refuses a short name and an unknown request type", () => {
    expect(() => buildServiceOfferingCredential({ name: "X" }, { subjectId: "u" })).toThrow(/name/);
    expect(() => buildServiceOfferingCredential({ name: "Good name", requestType: "carrier pigeon" as never }, { subjectId: "u" })).toThrow();
  });
});
