import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { credentialsOf, deriveProjection } from "./derive-projection";

const fixture = (path: string) => JSON.parse(readFileSync(`test/fixtures/gaiax/examples/${path}`, "utf8"));

describe("deriveProjection", () => {
  it("reads a health dataset written with the portal's vocabulary", () => {
    const credential = {
      "@context": ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/dataloft/health/v1"],
      type: ["VerifiableCredential"],
      issuer: "did:web:klinik.example",
      credentialSubject: {
        id: "urn:uuid:1",
        type: ["gx:DataResource", "dcat:Dataset"],
        "dct:title": "Blood pressure registry 2020–2025",
        "dct:description": "Pseudonymised home blood-pressure readings",
        "dcat:keyword": ["hypertension", "cardiology"],
        "gx:producedBy": { id: "did:web:klinik.example" },
        purposeOfUse: ["https://w3id.org/dataloft/health#ScientificResearch"],
        healthTheme: "https://w3id.org/dataloft/health#Cardiovascular",
        pseudonymisationLevel: "https://w3id.org/dataloft/health#Pseudonymised",
        "dct:accessRights": "http://publications.europa.eu/resource/authority/access-right/RESTRICTED",
        "dct:license": "https://creativecommons.org/licenses/by/4.0/",
      },
    };
    const projection = deriveProjection({
      credentials: [credential],
      trustFramework: "gx-loire",
      providerNames: new Map([["did:web:klinik.example", "Klinik"]]),
    });
    expect(projection).toMatchObject({
      title: "Blood pressure registry 2020–2025",
      description: "Pseudonymised home blood-pressure readings",
      keywords: ["hypertension", "cardiology"],
      types: ["DataResource", "Dataset"],
      providerDid: "did:web:klinik.example",
      providerName: "Klinik",
      purposes: ["ScientificResearch"],
      healthThemes: ["Cardiovascular"],
      pseudonymisation: "Pseudonymised",
      accessRights: "RESTRICTED",
      licence: "https://creativecommons.org/licenses/by/4.0/",
    });
    expect(projection.searchText).toContain("hypertension");
  });

  it("prefers the service offering of a presentation over its participant credential", () => {
    // This API payload wraps the presentation in `selfDescriptionCredential`.
    const vp = fixture("valid/22.10/ss.service-offering-sd.signed.json").selfDescriptionCredential;
    const projection = deriveProjection({ credentials: credentialsOf(vp), trustFramework: "gx-22.10" });
    expect(projection.types).toContain("ServiceOffering");
    expect(projection.providerDid).toBeTruthy();
  });

  it("falls back to the subject id when nothing names the entry", () => {
    const projection = deriveProjection({ credentials: [{ credentialSubject: { id: "urn:x" } }], trustFramework: null });
    expect(projection.title).toBe("urn:x");
  });
});
