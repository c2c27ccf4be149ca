// Keys named by a JWT's kid: a bare did:key (one key, so the DID names it), and resolvers that fail in
// every way a real one can, which must end as a failed check and never as a thrown error.
import { readFileSync } from "node:fs";

import { CompactSign } from "jose";
import { beforeAll, describe, expect, it } from "vitest";

import { createDidResolver } from "@/lib/credentials/did/create-did-resolver";
import type { DidResolver, JsonObject, VerificationOutcome } from "@/lib/credentials/types";
import { verifyCredential } from "@/lib/credentials/verify-credential";
import { AppError } from "@/lib/errors/app-error";

import { createDidKeyIssuer, testCredential, type TestIssuer } from "./jwt-test-keys";
import { verifyJwtCredential } from "./verify-jwt-credential";

const clock = { now: () => new Date("2026-06-01T12:00:00Z") };
const didResolver = createDidResolver();
const check = (outcome: VerificationOutcome, id: string) => outcome.checks.find((entry) => entry.id === id);
const failedIds = (outcome: VerificationOutcome) => outcome.checks.filter((entry) => !entry.passed && entry.severity !== "warning").map((entry) => entry.id);

async function signWithKid(issuer: TestIssuer, kid: string, payload: JsonObject = testCredential(issuer.did)) {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: issuer.alg, typ: "vc+jwt", kid }).sign(issuer.privateKey);
}

describe("a bare did:key as kid", () => {
  const issuers: Record<string, TestIssuer> = {};
  beforeAll(async () => {
    for (const alg of ["ES256", "ES384", "EdDSA"] as const) issuers[alg] = await createDidKeyIssuer(alg);
  });

  it.each([
    ["ES256", "zDn"],
    ["ES384", "z82"],
    ["EdDSA", "z6Mk"],
  ] as const)("resolves the one key of a %s did:key (%s…)", async (alg, prefix) => {
    const issuer = issuers[alg]!;
    expect(issuer.kid.startsWith(`did:key:${prefix}`)).toBe(true);
    const outcome = await verifyJwtCredential({ jwt: await signWithKid(issuer, issuer.kid), didResolver, clock });
    expect(failedIds(outcome)).toEqual([]);
    expect(outcome.verified).toBe(true);
    const fragment = issuer.did.slice("did:key:".length);
    expect(check(outcome, "key.authorized")?.message).toBe(`Key ${issuer.did}#${fragment} is an assertionMethod key of ${issuer.did}`);
    expect(check(outcome, "proof.signature")?.message).toContain(`Signed with ${issuer.did}#${fragment} (${alg}`);
  });

  it("still refuses the key when the credential names another issuer, saying the signature itself is valid", async () => {
    const issuer = issuers.ES256!;
    const jwt = await signWithKid(issuer, issuer.kid, testCredential(issuers.EdDSA!.did));
    const outcome = await verifyJwtCredential({ jwt, didResolver, clock });
    expect(failedIds(outcome)).toEqual(["key.controller"]);
    expect(check(outcome, "key.controller")?.message).toBe(`Signed with a valid key of ${issuer.did}, which is not a key of the issuer ${issuers.EdDSA!.did}`);
    expect(check(outcome, "proof.signature")?.passed).toBe(true);
  });

  it("still refuses a bare DID of a method that can hold many keys (did:web)", async () => {
    const issuer = issuers.ES256!;
    const outcome = await verifyJwtCredential({
      jwt: await signWithKid(issuer, "did:web:hospital.example", testCredential("did:web:hospital.example")),
      didResolver,
      clock,
    });
    expect(check(outcome, "jwt.kid")).toMatchObject({ passed: false, message: expect.stringMatching(/not a DID URL with a key fragment/) });
    expect(outcome.verified).toBe(false);
  });

  it("refuses a signature made with another key under the bare did:key", async () => {
    const jwt = await signWithKid(issuers.ES256!, (await createDidKeyIssuer("ES256")).kid);
    const outcome = await verifyJwtCredential({ jwt, didResolver, clock });
    expect(failedIds(outcome)).toEqual(["key.controller", "proof.signature"]);
    expect(check(outcome, "key.controller")?.message).toMatch(
      /^Signed with a key of did:key:zDn\S+, which is not a key of the issuer did:key:zDn\S+; the signature does not verify either$/,
    );
  });
});

describe("the real Loire VP-JWT when its DID cannot be resolved", () => {
  const jwt = readFileSync(new URL("../../../test/fixtures/gaiax/examples/valid/loire/gxdch.participant-vp.2026.signed.vp+jwt", import.meta.url), "utf8");
  const failing = (thrown: unknown): DidResolver => ({
    resolve: async () => {
      throw thrown;
    },
  });
  const cases: [string, unknown, RegExp][] = [
    ["an unresolvable DID", new AppError("DID_UNRESOLVABLE", { message: "not hosted" }), /not hosted/],
    ["a timeout", new AppError("TIMEOUT", { message: "did:web host did not answer in 5 s" }), /did not answer/],
    ["an upstream failure", new AppError("UPSTREAM_FAILED", { message: "502 from host" }), /502 from host/],
    ["a plain error in a custom resolver", new TypeError("cannot read properties of undefined"), /cannot read properties/],
    ["a thrown string", "boom", /boom/],
  ];

  it.each(cases)("reports %s as a failed did.resolved check on the VP and every envelope", async (_name, thrown, reason) => {
    const outcome = await verifyJwtCredential({ jwt, didResolver: failing(thrown), clock });
    expect(outcome.verified).toBe(false);
    expect(check(outcome, "did.resolved")).toMatchObject({ passed: false, message: expect.stringMatching(reason) });
    expect(failedIds(outcome)).toEqual(["did.resolved", "proof.signature", "presentation.credentials"]);
    for (const credential of outcome.credentials ?? []) expect(failedIds(credential)).toEqual(["did.resolved", "proof.signature"]);
  });

  it.each(cases)("verifyCredential returns %s as an outcome, never a thrown error", async (_name, thrown) => {
    const outcome = await verifyCredential({ document: jwt, didResolver: failing(thrown), clock });
    expect(outcome).toMatchObject({ verified: false, format: "VP_JWT", issuer: "did:web:gaia-x.eu" });
    expect(outcome.credentials).toHaveLength(3);
  });
});
