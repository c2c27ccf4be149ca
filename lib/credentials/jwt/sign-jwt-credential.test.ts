import { exportJWK } from "jose";
import { describe, expect, it } from "vitest";

import { createDidResolver } from "@/lib/credentials/did/create-did-resolver";

import { decodeJwtCredential } from "./decode-jwt-credential";
import { createTestIssuer, testCredential } from "./jwt-test-keys";
import { signJwtCredential } from "./sign-jwt-credential";
import { verifyJwtCredential } from "./verify-jwt-credential";

describe("signJwtCredential", () => {
  it("signs with a private JWK and puts the credential itself in the payload", async () => {
    const issuer = await createTestIssuer("ES256");
    const privateKey = await exportJWK(issuer.privateKey);
    const credential = testCredential(issuer.did);
    const jwt = await signJwtCredential({ payload: credential, privateKey, kid: issuer.kid, alg: "ES256" });
    expect(decodeJwtCredential(jwt).payload).toEqual(credential);
    const outcome = await verifyJwtCredential({ jwt, didResolver: createDidResolver(), clock: { now: () => new Date("2026-06-01T00:00:00Z") } });
    expect(outcome.verified).toBe(true);
  });

  it.each(["none", "HS256", "ES512"])("refuses alg %s", async (alg) => {
    const issuer = await createTestIssuer("ES256");
    const call = signJwtCredential({ payload: testCredential(issuer.did), privateKey: issuer.privateKey, kid: issuer.kid, alg: alg as "ES256" });
    await expect(call).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("refuses a kid that is not a DID URL", async () => {
    const issuer = await createTestIssuer("EdDSA");
    const call = signJwtCredential({ payload: testCredential(issuer.did), privateKey: issuer.privateKey, kid: "key-1", alg: "EdDSA" });
    await expect(call).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
