import { describe, expect, it, vi } from "vitest";
import { parseSubmission } from "@/lib/catalogue/parse-submission";
import { DEFAULT_DOCUMENT_CAPS } from "@/lib/compute/check-document-caps";
import type { VerificationOutcome } from "@/lib/credentials/types";
import { checkSubmission } from "./check-submission";
import type { PipelineServices } from "./pipeline-services";

const verified: VerificationOutcome = { verified: true, format: "JSONLD_VC", issuer: "did:web:a.example", checks: [], warnings: [], errors: [] };

function services(overrides: Partial<PipelineServices> = {}) {
  return {
    verify: vi.fn(async () => verified),
    validate: vi.fn(async () => ({ conforms: true, trustFramework: null, shapesUsed: [], results: [] })),
    credentials: (submission: { document: Record<string, unknown> }) => [submission.document],
    ...overrides,
  } satisfies PipelineServices;
}

function credential(subjects: number): string {
  const credentialSubject = Array.from({ length: subjects }, (_, index) => ({ index }));
  return JSON.stringify({
    "@context": ["https://www.w3.org/ns/credentials/v2"],
    type: ["VerifiableCredential"],
    issuer: "did:web:a.example",
    credentialSubject,
  });
}

describe("checkSubmission", () => {
  it("refuses a document over a cap before any verification or validation work", async () => {
    const fakes = services({ caps: { ...DEFAULT_DOCUMENT_CAPS, maxBlankNodes: 10 } });
    const submission = parseSubmission({ text: credential(20), contentType: "application/ld+json" });
    await expect(checkSubmission(submission, fakes)).rejects.toMatchObject({ code: "DOCUMENT_TOO_COMPLEX", details: { cap: "maxBlankNodes", limit: 10 } });
    expect(fakes.verify).not.toHaveBeenCalled();
    expect(fakes.validate).not.toHaveBeenCalled();
  });

  it("hands the whole check, with the caller's signal, to services.check when there is one", async () => {
    const check = vi.fn(async () => ({ verification: verified, validation: null }));
    const fakes = services({ check });
    const controller = new AbortController();
    const submission = parseSubmission({ text: credential(2), contentType: "application/ld+json" });
    const outcome = await checkSubmission(submission, fakes, {
      failFast: true,
      signal: controller.signal,
      parts: { signatures: true, schema: false, rules: false },
    });
    expect(outcome.verification).toBe(verified);
    expect(check).toHaveBeenCalledWith(submission, { parts: { signatures: true, schema: false, rules: false }, failFast: true, signal: controller.signal });
    expect(fakes.verify).not.toHaveBeenCalled();
  });

  it("skips validation after a failed signature with failFast, in the thread when there is no check service", async () => {
    const fakes = services({ verify: vi.fn(async () => ({ ...verified, verified: false })) });
    const outcome = await checkSubmission(parseSubmission({ text: credential(2), contentType: "application/ld+json" }), fakes, { failFast: true });
    expect(outcome.validation).toBeNull();
    expect(fakes.validate).not.toHaveBeenCalled();
  });
});
