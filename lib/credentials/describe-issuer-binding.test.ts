import { describe, expect, it } from "vitest";

import { createDidResolver } from "@/lib/credentials/did/create-did-resolver";
import { createTestIssuer, testCredential } from "@/lib/credentials/jwt/jwt-test-keys";
import { signJwtCredential } from "@/lib/credentials/jwt/sign-jwt-credential";
import { verifyJwtCredential } from "@/lib/credentials/jwt/verify-jwt-credential";

import { describeIssuerBinding } from "./describe-issuer-binding";

describe("describeIssuerBinding", () => {
  const signer = "did:jwk:eyJrdHkiOiJFQyJ9";
  it.each([
    [true, "credential", "Signed with a valid key of did:jwk:eyJrdHkiOiJFQyJ9, which is not a key of the issuer did:web:hospital.example"],
    [
      false,
      "credential",
      "Signed with a key of did:jwk:eyJrdHkiOiJFQyJ9, which is not a key of the issuer did:web:hospital.example; the signature does not verify either",
    ],
    [
      null,
      "presentation",
      "The signing key belongs to did:jwk:eyJrdHkiOiJFQyJ9, which is not a key of the holder did:web:hospital.example; the signature was not checked",
    ],
  ] as const)("signature %s, %s", (signatureValid, role, words) => {
    expect(describeIssuerBinding({ signer, expected: "did:web:hospital.example", role, signatureValid })).toBe(words);
  });

  it("says when no issuer is named", () => {
    expect(describeIssuerBinding({ signer, expected: null, role: "credential", signatureValid: true })).toBe(
      "Signed with a valid key of did:jwk:eyJrdHkiOiJFQyJ9, and the credential names no issuer",
    );
  });

  it("is what a VC-JWT signed by a DID that does not resolve says", async () => {
    const issuer = await createTestIssuer("ES256");
    const jwt = await signJwtCredential({
      payload: testCredential(issuer.did),
      privateKey: issuer.privateKey,
      kid: "did:web:elsewhere.example#key-1",
      alg: "ES256",
    });
    const outcome = await verifyJwtCredential({ jwt, didResolver: createDidResolver(), clock: { now: () => new Date("2026-06-01T00:00:00Z") } });
    expect(outcome.checks.find((check) => check.id === "key.controller")?.message).toBe(
      `The signing key belongs to did:web:elsewhere.example, which is not a key of the issuer ${issuer.did}; the signature was not checked`,
    );
  });
});
