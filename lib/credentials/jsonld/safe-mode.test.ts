import { describe, expect, it } from "vitest";

import { isAppError } from "@/lib/errors/app-error";

import { canonizeSafely } from "./canonize-safely";
import { canonizeWithIssues } from "./canonize-with-issues";
import { createDocumentLoader } from "./create-document-loader";
import { expandSafely } from "./expand-safely";

const documentLoader = createDocumentLoader();

const clean = {
  "@context": ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/dataloft/health/v1"],
  type: ["VerifiableCredential"],
  issuer: "did:example:issuer",
  credentialSubject: { id: "https://data.example/ds/1", purposeOfUse: ["ScientificResearch"], pseudonymisationLevel: "Anonymised" },
};

describe("JSON-LD safe mode", () => {
  it("expands and canonizes a document whose every term is defined", async () => {
    const expanded = await expandSafely({ document: clean, documentLoader });
    expect(JSON.stringify(expanded)).toContain("https://w3id.org/dataloft/health#ScientificResearch");
    const canonical = await canonizeSafely({ document: clean, documentLoader });
    expect(canonical).toContain("<https://w3id.org/dataloft/health#pseudonymisationLevel> <https://w3id.org/dataloft/health#Anonymised>");
  });

  it("names every dropped term and where it is", async () => {
    const document = {
      ...clean,
      credentialSubject: { ...clean.credentialSubject, hospitalName: "St. Elsewhere", nested: { ward: 3 } },
    };
    const error = await expandSafely({ document, documentLoader }).catch((caught: unknown) => caught);
    expect(isAppError(error) && error.code).toBe("JSONLD_SAFE_MODE");
    const names = (isAppError(error) ? (error.invalidParams ?? []) : []).map((param) => param.name);
    expect(names).toContain("credentialSubject.hospitalName");
    expect(names).toContain("credentialSubject.nested");
    expect((error as Error).message).toContain("hospitalName");
  });

  it("reports relative ids (a dropped meaning) from canonicalization too", async () => {
    const document = { ...clean, credentialSubject: { ...clean.credentialSubject, id: "" } };
    const { issues } = await canonizeWithIssues({ document, documentLoader });
    expect(issues.map((issue) => issue.code)).toContain("relative @id reference");
    await expect(canonizeSafely({ document, documentLoader })).rejects.toMatchObject({ code: "JSONLD_SAFE_MODE" });
  });

  it("refuses an undefined prefix that JSON-LD would keep as a bogus absolute IRI", async () => {
    const document = { ...clean, credentialSubject: { ...clean.credentialSubject, "gx-terms-and-conditions:hash": "abc" } };
    const error = await expandSafely({ document, documentLoader }).catch((caught: unknown) => caught);
    expect(isAppError(error) && error.invalidParams).toEqual([expect.objectContaining({ name: "credentialSubject.gx-terms-and-conditions:hash" })]);
  });
});
