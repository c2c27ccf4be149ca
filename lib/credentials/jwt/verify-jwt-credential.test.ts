import { readFileSync } from "node:fs";

import { CompactSign } from "jose";
import { beforeAll, describe, expect, it } from "vitest";

import { createDidResolver } from "@/lib/credentials/did/create-did-resolver";
import { toBase64Url } from "@/lib/credentials/keys/encoding";
import type { DidDocument, VerificationOutcome } from "@/lib/credentials/types";

import { decodeJwtCredential } from "./decode-jwt-credential";
import { createTestIssuer, testCredential, type TestIssuer } from "./jwt-test-keys";
import { signJwtCredential } from "./sign-jwt-credential";
import { verifyJwtCredential } from "./verify-jwt-credential";

const clock = { now: () => new Date("2026-06-01T12:00:00Z") };
const didResolver = createDidResolver();
const seconds = (iso: string) => Date.parse(iso) / 1000;

const check = (outcome: VerificationOutcome, id: string) => outcome.checks.find((entry) => entry.id === id);
const failedIds = (outcome: VerificationOutcome) => outcome.checks.filter((entry) => !entry.passed && entry.severity !== "warning").map((entry) => entry.id);
const encode = (value: unknown) => toBase64Url(new TextEncoder().encode(JSON.stringify(value)));

let es256: TestIssuer;
let eddsa: TestIssuer;
let other: TestIssuer;
let ps256: TestIssuer;

beforeAll(async () => {
  [es256, eddsa, other, ps256] = await Promise.all([
    createTestIssuer("ES256"),
    createTestIssuer("EdDSA"),
    createTestIssuer("ES256"),
    createTestIssuer("PS256"),
  ]);
});

async function sign(issuer: TestIssuer, payload = testCredential(issuer.did), extra: Partial<Parameters<typeof signJwtCredential>[0]> = {}) {
  return signJwtCredential({ payload, privateKey: issuer.privateKey, kid: issuer.kid, alg: issuer.alg, ...extra });
}

describe("verifyJwtCredential round trips", () => {
  it.each(["ES256", "EdDSA", "PS256"] as const)("verifies a VC-JWT signed with %s by a did:jwk issuer", async (alg) => {
    const issuer = { ES256: es256, EdDSA: eddsa, PS256: ps256 }[alg];
    const jwt = await sign(issuer, testCredential(issuer.did), { claims: { iat: seconds("2026-05-01T00:00:00Z") } });
    expect(decodeJwtCredential(jwt).header).toMatchObject({ alg, typ: "vc+jwt", cty: "vc", kid: issuer.kid });
    const outcome = await verifyJwtCredential({ jwt, didResolver, clock });
    expect(failedIds(outcome)).toEqual([]);
    expect(outcome).toMatchObject({ verified: true, format: "VC_JWT", issuer: issuer.did, errors: [], warnings: [] });
    for (const id of ["jwt.alg", "jwt.typ", "did.resolved", "key.controller", "key.authorized", "proof.signature", "jwt.time"]) {
      expect(check(outcome, id)?.passed, id).toBe(true);
    }
  });

  it("verifies a VP-JWT and every enveloped credential in it", async () => {
    const vcA = await sign(es256);
    const vcB = await sign(eddsa);
    const presentation = {
      "@context": ["https://www.w3.org/ns/credentials/v2"],
      type: "VerifiablePresentation",
      holder: es256.did,
      verifiableCredential: [
        { "@context": "https://www.w3.org/ns/credentials/v2", type: "EnvelopedVerifiableCredential", id: `data:application/vc+jwt,${vcA}` },
        { "@context": "https://www.w3.org/ns/credentials/v2", type: "EnvelopedVerifiableCredential", id: `data:application/vc+ld+jwt,${vcB}` },
      ],
    };
    const jwt = await sign(es256, presentation);
    expect(decodeJwtCredential(jwt).header).toMatchObject({ typ: "vp+jwt", cty: "vp" });
    const outcome = await verifyJwtCredential({ jwt, didResolver, clock });
    expect(failedIds(outcome)).toEqual([]);
    expect(outcome.format).toBe("VP_JWT");
    expect(outcome.credentials?.map((entry) => [entry.verified, entry.issuer])).toEqual([
      [true, es256.did],
      [true, eddsa.did],
    ]);
    expect(outcome.credentials?.[1]?.checks[0]?.path).toBe("verifiableCredential[1]");

    const tampered = vcB.replace(/\.[^.]+\./, `.${encode(testCredential(eddsa.did, { name: "forged" }))}.`);
    presentation.verifiableCredential[1]!.id = `data:application/vc+jwt,${tampered}`;
    const withForgery = await verifyJwtCredential({ jwt: await sign(es256, presentation), didResolver, clock });
    expect(withForgery.verified).toBe(false);
    expect(failedIds(withForgery)).toEqual(["presentation.credentials"]);
    expect(failedIds(withForgery.credentials![1]!)).toEqual(["proof.signature"]);
  });

  it("accepts the VC-JWT 1.1 vc claim with a warning", async () => {
    const jwt = await sign(es256, { vc: testCredential(es256.did), iss: es256.did }, { typ: "JWT", cty: "vc" });
    const outcome = await verifyJwtCredential({ jwt, didResolver, clock });
    expect(outcome.verified).toBe(true);
    expect(check(outcome, "jwt.legacy")).toMatchObject({ passed: false, severity: "warning" });
    expect(outcome.warnings).toHaveLength(1);
  });

  it("reads millisecond timestamps with a warning", async () => {
    const claims = { iat: Date.parse("2026-05-01T00:00:00Z"), exp: Date.parse("2026-07-01T00:00:00Z") };
    const outcome = await verifyJwtCredential({ jwt: await sign(es256, undefined, { claims }), didResolver, clock });
    expect(outcome.verified).toBe(true);
    expect(check(outcome, "jwt.milliseconds")).toMatchObject({
      passed: false,
      severity: "warning",
      message: expect.stringMatching(/^iat, exp are in milliseconds/),
    });
    expect(check(outcome, "jwt.time")?.message).toMatch(/valid until 2026-07-01/);
  });
});

describe("verifyJwtCredential refusals", () => {
  it("fails proof.signature when a claim was changed", async () => {
    const jwt = await sign(es256);
    const [header, , signature] = jwt.split(".");
    const forged = `${header}.${encode(testCredential(es256.did, { credentialSubject: { id: "did:web:evil.example" } }))}.${signature}`;
    const outcome = await verifyJwtCredential({ jwt: forged, didResolver, clock });
    expect(failedIds(outcome)).toEqual(["proof.signature"]);
  });

  it("fails proof.signature when another key signed under the issuer's kid", async () => {
    const jwt = await signJwtCredential({ payload: testCredential(es256.did), privateKey: other.privateKey, kid: es256.kid, alg: "ES256" });
    expect(failedIds(await verifyJwtCredential({ jwt, didResolver, clock }))).toEqual(["proof.signature"]);
  });

  it("fails proof.signature when the algorithm does not fit the key type", async () => {
    const jwt = `${encode({ alg: "ES256", typ: "vc+jwt", kid: eddsa.kid })}.${encode(testCredential(eddsa.did))}.${"A".repeat(86)}`;
    const outcome = await verifyJwtCredential({ jwt, didResolver, clock });
    expect(failedIds(outcome)).toEqual(["proof.signature"]);
    expect(check(outcome, "proof.signature")?.message).toMatch(/ES256 signature cannot come from a OKP\/Ed25519 key/);
  });

  it("fails key.controller when another DID signed the issuer's credential", async () => {
    const jwt = await sign(other, testCredential(es256.did));
    const outcome = await verifyJwtCredential({ jwt, didResolver, clock });
    expect(failedIds(outcome)).toEqual(["key.controller"]);
    expect(outcome.verified).toBe(false);
  });

  it("fails jwt.alg for alg none", async () => {
    const jwt = `${encode({ alg: "none", typ: "vc+jwt", kid: es256.kid })}.${encode(testCredential(es256.did))}.`;
    const outcome = await verifyJwtCredential({ jwt, didResolver, clock });
    expect(failedIds(outcome)).toEqual(["jwt.alg", "proof.signature"]);
  });

  it("fails jwt.alg for HS256, even with a matching secret", async () => {
    const secret = new TextEncoder().encode("a shared secret that proves nothing about the issuer");
    const jwt = await new CompactSign(new TextEncoder().encode(JSON.stringify(testCredential(es256.did))))
      .setProtectedHeader({ alg: "HS256", typ: "vc+jwt", kid: es256.kid })
      .sign(secret);
    const outcome = await verifyJwtCredential({ jwt, didResolver, clock });
    expect(failedIds(outcome)).toEqual(["jwt.alg", "proof.signature"]);
  });

  it("fails jwt.time and validity.window for an expired credential", async () => {
    const payload = testCredential(es256.did, { validUntil: "2026-05-01T00:00:00Z" });
    const jwt = await sign(es256, payload, { claims: { exp: seconds("2026-05-01T00:00:00Z") } });
    const outcome = await verifyJwtCredential({ jwt, didResolver, clock });
    expect(failedIds(outcome)).toEqual(["jwt.time", "validity.window"]);
    expect(check(outcome, "validity.window")?.message).toMatch(/validUntil 2026-05-01T00:00:00Z has passed \(expired\)/);
    expect(check(outcome, "jwt.time")?.message).toMatch(/expired on 2026-05-01/);
  });

  it("fails jwt.time when nbf is in the future, but tolerates the skew", async () => {
    const future = await sign(es256, undefined, { claims: { nbf: seconds("2026-06-02T00:00:00Z") } });
    expect(failedIds(await verifyJwtCredential({ jwt: future, didResolver, clock }))).toEqual(["jwt.time"]);
    const withinSkew = await sign(es256, undefined, { claims: { nbf: seconds("2026-06-01T12:00:30Z") } });
    expect(failedIds(await verifyJwtCredential({ jwt: withinSkew, didResolver, clock }))).toEqual([]);
  });

  it("fails key.authorized when the kid is not an assertion method", async () => {
    const did = "did:web:hospital.example";
    const document: DidDocument = {
      id: did,
      verificationMethod: [{ id: `${did}#auth`, type: "JsonWebKey2020", controller: did, publicKeyJwk: es256.publicJwk }],
      authentication: [`${did}#auth`],
    };
    const resolver = createDidResolver({ pinned: async (asked) => (asked === did ? document : null) });
    const jwt = await signJwtCredential({ payload: testCredential(did), privateKey: es256.privateKey, kid: `${did}#auth`, alg: "ES256" });
    const outcome = await verifyJwtCredential({ jwt, didResolver: resolver, clock });
    expect(failedIds(outcome)).toEqual(["key.authorized", "proof.signature"]);
    expect(check(outcome, "key.authorized")?.message).toMatch(/not listed under assertionMethod/);
    expect(check(outcome, "did.resolved")?.message).toMatch(/pinned/);
  });

  it("fails jwt.typ for a plain JWT that is not in the legacy form", async () => {
    const jwt = await sign(es256, undefined, { typ: "JWT" });
    expect(failedIds(await verifyJwtCredential({ jwt, didResolver, clock }))).toEqual(["jwt.typ"]);
  });

  it("fails jwt.format for text that is not a JWS, and throws only for a malformed call", async () => {
    const outcome = await verifyJwtCredential({ jwt: "not.a jwt", didResolver, clock });
    expect(outcome).toMatchObject({ verified: false, checks: [{ id: "jwt.format", passed: false }] });
    await expect(verifyJwtCredential({ jwt: 42 as unknown as string, didResolver })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("the real Gaia-X Loire presentation", () => {
  const jwt = readFileSync(new URL("../../../test/fixtures/gaiax/examples/valid/loire/gxdch.participant-vp.2026.signed.vp+jwt", import.meta.url), "utf8");
  const loireClock = { now: () => new Date("2026-03-10T00:00:00Z") };

  it("decodes the presentation and its three envelopes", () => {
    const decoded = decodeJwtCredential(jwt);
    expect(decoded).toMatchObject({ kind: "presentation", legacyWrapper: false, header: { alg: "ES256", typ: "vp+jwt", kid: "did:web:gaia-x.eu#key-0" } });
    expect(decoded.envelopes.map((envelope) => envelope.mediaType)).toEqual(["application/vc+jwt", "application/vc+jwt", "application/vc+jwt"]);
    const inner = decoded.envelopes.map((envelope) => decodeJwtCredential(envelope.jwt));
    expect(inner.map((entry) => [entry.header.alg, entry.header.typ, [entry.credential.type].flat()[1]])).toEqual([
      ["ES256", "vc+jwt", "gx:LegalPerson"],
      ["ES256", "vc+jwt", "gx:Issuer"],
      ["PS256", "vc+ld+jwt", "gx:VatID"],
    ]);
  });

  it("is not verified when no DID document is available, and says why", async () => {
    const outcome = await verifyJwtCredential({ jwt, didResolver: createDidResolver(), clock: loireClock });
    expect(outcome.verified).toBe(false);
    expect(outcome.issuer).toBe("did:web:gaia-x.eu");
    expect(check(outcome, "did.resolved")).toMatchObject({ passed: false, message: expect.stringMatching(/did:web:gaia-x.eu cannot be resolved/) });
    expect(failedIds(outcome)).toEqual(["did.resolved", "proof.signature", "presentation.credentials"]);
    expect(outcome.credentials).toHaveLength(3);
    for (const credential of outcome.credentials ?? []) {
      expect(failedIds(credential)).toEqual(["did.resolved", "proof.signature"]);
      expect(check(credential, "jwt.typ")?.passed).toBe(true);
    }
    const vatId = outcome.credentials?.[2];
    expect(vatId?.issuer).toBe("did:web:notary.gxdch.gaiax.ovh:v2");
    expect(check(vatId!, "jwt.milliseconds")).toMatchObject({
      passed: false,
      severity: "warning",
      message: expect.stringMatching(/iat \(header\), exp \(header\)/),
    });
    expect(check(outcome.credentials![0]!, "jwt.milliseconds")).toBeUndefined();
  });
});
