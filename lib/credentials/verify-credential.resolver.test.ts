import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { createDidResolver } from "@/lib/credentials/did/create-did-resolver";
import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { signDataIntegrity } from "@/lib/credentials/ld-proofs/sign-data-integrity";
import { signJws2020 } from "@/lib/credentials/ld-proofs/sign-jws-2020";
import { createTestIssuer, healthCredentialV2 } from "@/lib/credentials/ld-proofs/test-support";
import type { JsonObject } from "@/lib/credentials/types";

import { verifyCredential } from "./verify-credential";

// The same checks through the portal's own DID resolver (lib/credentials/did), offline.
const didResolver = createDidResolver();
const documentLoader = createDocumentLoader();

describe("verifyCredential with the portal DID resolver", () => {
  it("verifies the real did:jwk XFSC presentation", async () => {
    const document = JSON.parse(
      readFileSync(path.join(process.cwd(), "test/fixtures/gaiax/examples/valid/xfsc/fc.participant_jwk_signed.2024-03.jsonld"), "utf8"),
    ) as JsonObject;
    const outcome = await verifyCredential({ document, didResolver, documentLoader, keyControllerPolicy: "warn" });
    expect(outcome.errors).toEqual([]);
    expect(outcome.verified).toBe(true);
  });

  it("verifies did:key eddsa-rdfc-2022 and did:jwk ES256 credentials we sign", async () => {
    const ed = await createTestIssuer({ algorithm: "Ed25519", method: "key" });
    const p256 = await createTestIssuer({ algorithm: "P-256" });
    const signed = [
      await signDataIntegrity({
        document: healthCredentialV2({ issuer: ed.did }),
        suite: "eddsa-rdfc-2022",
        privateKeyJwk: ed.privateKeyJwk,
        verificationMethodId: ed.verificationMethodId,
        documentLoader,
      }),
      await signJws2020({
        document: healthCredentialV2({ issuer: p256.did }),
        privateKeyJwk: p256.privateKeyJwk,
        verificationMethodId: p256.verificationMethodId,
        documentLoader,
      }),
    ];
    for (const document of signed) {
      const outcome = await verifyCredential({ document, didResolver, documentLoader });
      expect(outcome.errors).toEqual([]);
      expect(outcome.verified).toBe(true);
    }
  });

  it("reports an unpinned did:web as unresolvable without going online", async () => {
    const issuer = await createTestIssuer({ algorithm: "Ed25519" });
    const document = await signJws2020({
      document: healthCredentialV2({ issuer: "did:web:nowhere.example" }),
      privateKeyJwk: issuer.privateKeyJwk,
      verificationMethodId: "did:web:nowhere.example#key-1",
      documentLoader,
    });
    const outcome = await verifyCredential({ document, didResolver, documentLoader });
    expect(outcome.checks.find((check) => check.id === "did.resolved")).toMatchObject({ passed: false });
  });
});
