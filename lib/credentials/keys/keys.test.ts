import { describe, expect, it } from "vitest";

import { createWebCryptoSigner } from "./create-webcrypto-signer";
import { decryptPrivateKey } from "./decrypt-private-key";
import { fromBase58Btc, toBase58Btc } from "./encoding";
import { encryptPrivateKey } from "./encrypt-private-key";
import { generateKeyPair } from "./generate-key-pair";
import { publicKeyMultibaseToJwk } from "./multikey";

const secret = new Uint8Array(32).fill(7);

describe("key pairs", () => {
  it("generates Ed25519 keys as JWK and Multikey (z6Mk…) that round-trip", async () => {
    const pair = await generateKeyPair({ algorithm: "Ed25519", controller: "did:example:a" });
    expect(pair.publicKeyMultibase).toMatch(/^z6Mk/);
    expect(pair.verificationMethodId).toBe(`did:example:a#${pair.publicKeyMultibase}`);
    expect(publicKeyMultibaseToJwk(pair.publicKeyMultibase)).toEqual(pair.publicKeyJwk);
    expect(pair.privateKeyJwk.d).toBeTypeOf("string");
    expect(pair.publicKeyJwk).not.toHaveProperty("d");
  });

  it("generates P-256 keys with a compressed-point Multikey (zDn…)", async () => {
    const pair = await generateKeyPair({ algorithm: "P-256" });
    expect(pair.publicKeyMultibase).toMatch(/^zDn/);
    expect(pair.publicKeyJwk).toMatchObject({ kty: "EC", crv: "P-256" });
  });

  it("signs with WebCrypto signers that verify against the public key", async () => {
    for (const algorithm of ["Ed25519", "P-256"] as const) {
      const pair = await generateKeyPair({ algorithm });
      const signer = await createWebCryptoSigner({ privateKeyJwk: pair.privateKeyJwk, verificationMethodId: "did:example:a#k" });
      const data = new TextEncoder().encode("payload");
      const signature = await signer.sign({ data });
      const params = algorithm === "Ed25519" ? { name: "Ed25519" } : { name: "ECDSA", namedCurve: "P-256" };
      const publicKey = await crypto.subtle.importKey("jwk", pair.publicKeyJwk as JsonWebKey, params, false, ["verify"]);
      const verifyParams = algorithm === "Ed25519" ? { name: "Ed25519" } : { name: "ECDSA", hash: "SHA-256" };
      expect(await crypto.subtle.verify(verifyParams, publicKey, signature as BufferSource, data)).toBe(true);
    }
  });

  it("base58btc keeps leading zero bytes", () => {
    const bytes = Uint8Array.from([0, 0, 1, 2, 255]);
    expect(fromBase58Btc(toBase58Btc(bytes))).toEqual(bytes);
    expect(toBase58Btc(bytes).startsWith("11")).toBe(true);
  });
});

describe("private keys at rest", () => {
  it("encrypts with AES-256-GCM and decrypts with the same secret and owner", async () => {
    const { privateKeyJwk } = await generateKeyPair({ algorithm: "Ed25519" });
    const sealed = await encryptPrivateKey({ privateKeyJwk, secret, associatedData: "did:example:a#k" });
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain(privateKeyJwk.d);
    await expect(decryptPrivateKey({ sealed, secret, associatedData: "did:example:a#k" })).resolves.toEqual(privateKeyJwk);
  });

  it("refuses a wrong secret, a swapped owner, tampering and a short secret", async () => {
    const { privateKeyJwk } = await generateKeyPair({ algorithm: "P-256" });
    const sealed = await encryptPrivateKey({ privateKeyJwk, secret, associatedData: "owner-1" });
    await expect(decryptPrivateKey({ sealed, secret: new Uint8Array(32).fill(8), associatedData: "owner-1" })).rejects.toThrow(/cannot be decrypted/);
    await expect(decryptPrivateKey({ sealed, secret, associatedData: "owner-2" })).rejects.toThrow(/cannot be decrypted/);
    const flipped = sealed.slice(0, -2) + (sealed.endsWith("A") ? "BA" : "AA");
    await expect(decryptPrivateKey({ sealed: flipped, secret, associatedData: "owner-1" })).rejects.toThrow();
    await expect(encryptPrivateKey({ privateKeyJwk, secret: new Uint8Array(16) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
