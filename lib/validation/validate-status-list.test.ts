import { describe, expect, it } from "vitest";
import { createShapesRegistry } from "./shapes/create-shapes-registry";
import { testDocumentLoader as documentLoader } from "./test-support/fixtures";
import { validateSelfDescription } from "./validate-self-description";

// A W3C Bitstring Status List credential (the status lists issuers publish here) is validated by the
// status-list shapes: conforming when complete, a named violation without its encodedList.

const shapes = createShapesRegistry();
const list = (subject: Record<string, unknown>) => ({
  "@context": ["https://www.w3.org/ns/credentials/v2"],
  type: ["VerifiableCredential", "BitstringStatusListCredential"],
  issuer: "did:web:hospital.example",
  validFrom: "2026-01-01T00:00:00Z",
  credentialSubject: { id: "https://hospital.example/status/1#list", type: "BitstringStatusList", ...subject },
});

describe("status list credentials", () => {
  it("conform when they name a purpose and carry one encoded list", async () => {
    const outcome = await validateSelfDescription({
      document: list({ statusPurpose: "revocation", encodedList: "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA" }),
      documentLoader,
      shapes,
    });
    expect(outcome.shapesUsed.join(" ")).toContain("w3c-status-list");
    expect(outcome.conforms).toBe(true);
  });

  it("fail, naming the missing encodedList", async () => {
    const outcome = await validateSelfDescription({ document: list({ statusPurpose: "revocation" }), documentLoader, shapes });
    expect(outcome.conforms).toBe(false);
    expect(outcome.results).toContainEqual(expect.objectContaining({ severity: "Violation", path: "https://www.w3.org/ns/credentials/status#encodedList" }));
  });
});
