import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { createDidResolver } from "@/lib/credentials/did/create-did-resolver";
import { createTestIssuer, testCredential } from "@/lib/credentials/jwt/jwt-test-keys";
import { signJwtCredential } from "@/lib/credentials/jwt/sign-jwt-credential";
import { verifyJwtCredential } from "@/lib/credentials/jwt/verify-jwt-credential";
import type { DidDocument } from "@/lib/credentials/types";

import { createX509KeyCheck } from "./create-x509-key-check";

const chainPem = readFileSync(new URL("../../../test/fixtures/gaiax/did/compliance.gaia-x.eu.x509CertificateChain.pem", import.meta.url), "utf8");
const rootPem = chainPem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)?.[2] as string;

describe("createX509KeyCheck inside verifyJwtCredential", () => {
  it("adds the chain checks and fails when the signing key is not the certificate's key", async () => {
    const issuer = await createTestIssuer("ES256");
    const did = "did:web:hospital.example";
    const x5u = "https://hospital.example/chain.pem";
    const document: DidDocument = {
      id: did,
      verificationMethod: [{ id: `${did}#key-1`, type: "JsonWebKey2020", controller: did, publicKeyJwk: { ...issuer.publicJwk, x5u } }],
      assertionMethod: [`${did}#key-1`],
    };
    const jwt = await signJwtCredential({
      payload: testCredential(did),
      privateKey: issuer.privateKey,
      kid: `${did}#key-1`,
      alg: "ES256",
      claims: { iat: Date.parse("2022-06-01T00:00:00Z") / 1000 },
    });
    const outcome = await verifyJwtCredential({
      jwt,
      didResolver: createDidResolver({ pinned: async () => document }),
      clock: { now: () => new Date("2026-06-01T00:00:00Z") },
      checkKey: createX509KeyCheck({ trustAnchors: [rootPem], pinnedChains: async (url) => (url === x5u ? chainPem : null) }),
    });
    const ids = outcome.checks.filter((entry) => !entry.passed && entry.severity !== "warning").map((entry) => entry.id);
    expect(ids).toEqual(["x509.key"]);
    expect(outcome.checks.find((entry) => entry.id === "x509.validity")?.message).toMatch(/valid on 2022-06-01/);
    expect(outcome.verified).toBe(false);
  });
});
