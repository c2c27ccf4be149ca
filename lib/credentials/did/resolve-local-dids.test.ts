import { generateKeyPairSync } from "node:crypto";

import { describe, expect, it } from "vitest";

import { concatBytes, fromBase64Url, toBase58Btc, toBase64Url } from "@/lib/credentials/keys/encoding";

import { convertMultikeyToJwk } from "./convert-multikey-to-jwk";
import { createDidResolver } from "./create-did-resolver";
import { findVerificationMethod } from "./find-verification-method";

const resolver = createDidResolver();

// Multicodec varints: p256-pub 0x1200 -> [0x80, 0x24], p384-pub 0x1201 -> [0x81, 0x24].
function ecDidKey(curve: "P-256" | "P-384") {
  const { publicKey } = generateKeyPairSync("ec", { namedCurve: curve });
  const jwk = publicKey.export({ format: "jwk" });
  const y = fromBase64Url(jwk.y ?? "");
  const prefix = curve === "P-256" ? [0x80, 0x24] : [0x81, 0x24];
  const compressed = concatBytes(Uint8Array.from([...prefix, (y[y.length - 1] ?? 0) & 1 ? 0x03 : 0x02]), fromBase64Url(jwk.x ?? ""));
  return { did: `did:key:z${toBase58Btc(compressed)}`, jwk };
}

describe("did:key", () => {
  it("builds the document of an Ed25519 did:key (spec example) and exposes the key as JWK", async () => {
    const did = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK";
    const { document, source } = await resolver.resolve(did);
    expect(source).toBe("did:key");
    expect(document.assertionMethod).toEqual([`${did}#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK`]);
    const found = findVerificationMethod({ document, id: `${did}#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK`, relationship: "assertionMethod" });
    expect(found?.authorized).toBe(true);
    expect(found?.publicKeyJwk).toMatchObject({ kty: "OKP", crv: "Ed25519" });
    expect(fromBase64Url(found?.publicKeyJwk?.x ?? "")).toHaveLength(32);
  });

  it.each([
    ["P-256", "did:key:zDn"],
    ["P-384", "did:key:z82"],
  ] as const)("decompresses a %s did:key (%s…) to the same JWK", async (curve, start) => {
    for (let round = 0; round < 4; round += 1) {
      const { did, jwk } = ecDidKey(curve);
      expect(did.startsWith(start)).toBe(true);
      const { document } = await resolver.resolve(did);
      const found = findVerificationMethod({ document, id: `#${did.slice(8)}`, relationship: "assertionMethod" });
      expect(found?.publicKeyJwk).toEqual({ kty: "EC", crv: curve, x: jwk.x, y: jwk.y });
    }
  });

  it("reads the P-384 did:key of the W3C vc-di-ecdsa vectors", async () => {
    const did = "did:key:z82LkuBieyGShVBhvtE2zoiD6Kma4tJGFtkAhxR5pfkp5QPw4LutoYWhvQCnGjdVn14kujQ";
    const { document } = await resolver.resolve(did);
    const found = findVerificationMethod({ document, id: `${did}#${did.slice(8)}`, relationship: "assertionMethod" });
    expect(found?.publicKeyJwk).toMatchObject({ kty: "EC", crv: "P-384" });
    expect(fromBase64Url(found?.publicKeyJwk?.y ?? "")).toHaveLength(48);
  });

  it.each(["did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme", "did:key:z6Mk", "did:key:abc"])("refuses unsupported or broken key %s", async (did) => {
    await expect(resolver.resolve(did)).rejects.toMatchObject({ code: "DID_UNRESOLVABLE" });
  });

  it.each([
    ["P-256", [0x80, 0x24], 32],
    ["P-384", [0x81, 0x24], 48],
  ] as const)("refuses a %s Multikey that is not on the curve or too short", (curve, prefix, size) => {
    const bogus = `z${toBase58Btc(concatBytes(Uint8Array.from([...prefix, 0x02]), new Uint8Array(size).fill(0xff)))}`;
    expect(() => convertMultikeyToJwk({ publicKeyMultibase: bogus })).toThrow(new RegExp(`${curve} Multikey is not a point on the curve`));
    const short = `z${toBase58Btc(concatBytes(Uint8Array.from([...prefix, 0x02]), new Uint8Array(size - 1).fill(1)))}`;
    expect(() => convertMultikeyToJwk({ publicKeyMultibase: short })).toThrow(/compressed point/);
  });
});

describe("did:jwk", () => {
  const jwk = { kty: "OKP", crv: "Ed25519", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" };
  const did = `did:jwk:${toBase64Url(new TextEncoder().encode(JSON.stringify(jwk)))}`;

  it("decodes the JWK into a document whose #0 is an assertion and authentication method", async () => {
    const { document, source } = await resolver.resolve(did);
    expect(source).toBe("did:jwk");
    expect(document.assertionMethod).toEqual([`${did}#0`]);
    expect(document.authentication).toEqual([`${did}#0`]);
    const found = findVerificationMethod({ document, id: `${did}#0`, relationship: "assertionMethod" });
    expect(found).toMatchObject({ authorized: true, controller: did, publicKeyJwk: jwk });
  });

  it("gives an encryption-only key no assertion relationship", async () => {
    const encDid = `did:jwk:${toBase64Url(new TextEncoder().encode(JSON.stringify({ ...jwk, use: "enc" })))}`;
    const { document } = await resolver.resolve(encDid);
    expect(document.assertionMethod).toBeUndefined();
    expect(findVerificationMethod({ document, id: `${encDid}#0`, relationship: "assertionMethod" })?.authorized).toBe(false);
  });

  it.each([
    ["not JSON", "did:jwk:bm90IGpzb24"],
    ["private key", `did:jwk:${toBase64Url(new TextEncoder().encode(JSON.stringify({ ...jwk, d: "secret" })))}`],
    ["no kty", `did:jwk:${toBase64Url(new TextEncoder().encode("{}"))}`],
  ])("refuses %s", async (_label, bad) => {
    await expect(resolver.resolve(bad)).rejects.toMatchObject({ code: "DID_UNRESOLVABLE" });
  });
});

describe("unsupported input", () => {
  it.each(["did:example:123", "not-a-did", "did:web:exa mple.org"])("refuses %s", async (did) => {
    await expect(resolver.resolve(did)).rejects.toMatchObject({ code: "DID_UNRESOLVABLE" });
  });
});
