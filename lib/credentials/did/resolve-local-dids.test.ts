import { generateKeyPairSync } from "node:crypto";

import { describe, expect, it } from "vitest";

import { concatBytes, fromBase64Url, toBase58Btc, toBase64Url } from "@/lib/credentials/keys/encoding";

import { convertMultikeyToJwk } from "./convert-multikey-to-jwk";
import { createDidResolver } from "./create-did-resolver";
import { findVerificationMethod } from "./find-verification-method";

const resolver = createDidResolver();

function p256DidKey() {
  const { publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const jwk = publicKey.export({ format: "jwk" });
  const y = fromBase64Url(jwk.y ?? "");
  const compressed = concatBytes(Uint8Array.from([0x80, 0x24, (y[31] ?? 0) & 1 ? 0x03 : 0x02]), fromBase64Url(jwk.x ?? ""));
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

  it("decompresses a P-256 did:key (zDn…) to the same JWK", async () => {
    const { did, jwk } = p256DidKey();
    expect(did.startsWith("did:key:zDn")).toBe(true);
    const { document } = await resolver.resolve(did);
    const found = findVerificationMethod({ document, id: `#${did.slice(8)}`, relationship: "assertionMethod" });
    expect(found?.publicKeyJwk).toEqual({ kty: "EC", crv: "P-256", x: jwk.x, y: jwk.y });
  });

  it.each(["did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme", "did:key:z6Mk", "did:key:abc"])(
    "refuses unsupported or broken key %s",
    async (did) => {
      await expect(resolver.resolve(did)).rejects.toMatchObject({ code: "DID_UNRESOLVABLE" });
    },
  );

  it("refuses a P-256 Multikey that is not on the curve", () => {
    const bogus = `z${toBase58Btc(concatBytes(Uint8Array.from([0x80, 0x24, 0x02]), new Uint8Array(32).fill(0xff)))}`;
    expect(() => convertMultikeyToJwk({ publicKeyMultibase: bogus })).toThrow(/not a point on the curve/);
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
