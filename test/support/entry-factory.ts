import type { Actor } from "@/lib/auth/actor";
import type { VerificationOutcome } from "@/lib/credentials/types";
import { deriveProjection } from "@/lib/catalogue/derive-projection";
import type { EntryCreateOptions } from "@/lib/catalogue/entry-create-data";
import { parseSubmission } from "@/lib/catalogue/parse-submission";
import type { ValidationSummary } from "@/lib/catalogue/publish-services";

// Rows of a stored entry with a verdict already decided (no signing): for tests of the store itself.

export const ISSUER = "did:web:store.test";
export const PARTICIPANT = { id: "cparticipantstoretest0001", slug: "store-test", legalName: "Store Test Klinik", did: ISSUER, kind: "ORGANISATION" } as const;
export const actor: Actor = { kind: "user", userId: "user-1", tokenId: null, memberships: [] };
export const audit = { action: "self-description.published", actor, actorParticipantId: PARTICIPANT.id, requestId: "req-1" };

export function entry(name: string, subjectIds: string[], at: string, issuer = ISSUER): EntryCreateOptions {
  const text = JSON.stringify({
    "@context": ["https://www.w3.org/ns/credentials/v2"],
    type: ["VerifiableCredential"],
    issuer,
    validFrom: "2026-01-01T00:00:00Z",
    validUntil: "2027-01-01T00:00:00.123Z",
    credentialSubject: subjectIds.map((id) => ({
      id,
      type: "gx:DataResource",
      "gx:name": name,
      "dct:description": "Blood pressure readings",
      "gx:keyword": ["blood", "pressure"],
      "gx:providedBy": { id: ISSUER },
    })),
  });
  const submission = parseSubmission({ text, contentType: "application/ld+json" });
  const verification: VerificationOutcome = {
    verified: true,
    format: "JSONLD_VC",
    issuer,
    checks: [
      { id: "proof.signature", passed: true, message: "Signature valid.", path: undefined },
      { id: "validity.expired", passed: false, message: "Dates in milliseconds", severity: "warning" },
    ],
    warnings: ["legacy"],
    errors: [],
  };
  const validation: ValidationSummary = {
    conforms: true,
    trustFramework: "gx-loire",
    shapesUsed: ["gx-loire"],
    results: [{ severity: "Warning", focusNode: subjectIds[0] ?? null, path: "gx:name", value: name, message: "short", sourceShape: null }],
  };
  const projection = deriveProjection({
    credentials: [submission.document],
    trustFramework: validation.trustFramework,
    providerNames: new Map([[ISSUER, PARTICIPANT.legalName]]),
  });
  const now = new Date(at);
  return { submission, verification, validation, projection, now, writtenAt: new Date(now.getTime() + 7), origin: "LOCAL", publishedById: PARTICIPANT.id };
}
