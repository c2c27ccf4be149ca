import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import type { DidDocument } from "@/lib/credentials/types";

import { findVerificationMethod } from "./find-verification-method";

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../../../test/fixtures/gaiax/did/${name}`, import.meta.url), "utf8")) as DidDocument;

describe("findVerificationMethod", () => {
  const xfsc = fixture("did-web-did-server.xfsc-test.did.json");

  it("finds a top-level method, strips non-key members and keeps x5u", () => {
    const found = findVerificationMethod({ document: xfsc, id: "did:web:did-server#0", relationship: "assertionMethod" });
    expect(found?.authorized).toBe(true);
    expect(Object.keys(found?.publicKeyJwk ?? {}).sort()).toEqual(["e", "kty", "n"]);
    expect(found?.x5u).toBe("https://did-server/certs/chain.pem");
  });

  it("knows a method that is not listed for the relationship", () => {
    const found = findVerificationMethod({ document: xfsc, id: "#jwt-key-1", relationship: "authentication" });
    expect(found).toMatchObject({ id: "did:web:did-server#jwt-key-1", authorized: false });
  });

  it("returns null for an unknown method", () => {
    expect(findVerificationMethod({ document: xfsc, id: "did:web:did-server#nope", relationship: "assertionMethod" })).toBeNull();
  });

  it("resolves relative and embedded methods", () => {
    const document: DidDocument = {
      id: "did:web:example.org",
      assertionMethod: [
        { id: "#embedded", type: "Multikey", controller: "did:web:example.org", publicKeyMultibase: "z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK" },
      ],
      verificationMethod: [{ id: "#leaky", type: "JsonWebKey2020", publicKeyJwk: { kty: "EC", crv: "P-256", x: "a", y: "b", d: "c" } }],
    };
    const embedded = findVerificationMethod({ document, id: "did:web:example.org#embedded", relationship: "assertionMethod" });
    expect(embedded).toMatchObject({ authorized: true, publicKeyJwk: { kty: "OKP", crv: "Ed25519" } });
    const leaky = findVerificationMethod({ document, id: "#leaky", relationship: "assertionMethod" });
    expect(leaky).toMatchObject({ authorized: false, publicKeyJwk: null, keyError: expect.stringMatching(/private/) });
  });
});
