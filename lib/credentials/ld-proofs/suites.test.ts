import { beforeAll, describe, expect, it } from "vitest";

import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import type { JsonObject, VerificationOutcome } from "@/lib/credentials/types";
import { verifyCredential } from "@/lib/credentials/verify-credential";

import { createStaticDidResolver } from "./create-static-did-resolver";
import { signDataIntegrity } from "./sign-data-integrity";
import { signJws2020 } from "./sign-jws-2020";
import { createTestIssuer, credentialV1, fixedClock, healthCredentialV2, type TestIssuer } from "./test-support";

const documentLoader = createDocumentLoader();
const didResolver = createStaticDidResolver();
const signingClock = fixedClock("2026-05-01T10:00:00Z");
const verifyingClock = fixedClock("2026-06-01T00:00:00Z");

interface SuiteCase {
  name: string;
  algorithm: "Ed25519" | "P-256";
  method: "jwk" | "key";
  credential: (options: { issuer: string; expired?: boolean; variant?: string }) => JsonObject;
  sign: (document: JsonObject, issuer: TestIssuer, proofPurpose?: string) => Promise<JsonObject>;
  hashing?: string;
}

const v2 = (options: { issuer: string; expired?: boolean; variant?: string }) =>
  healthCredentialV2({ issuer: options.issuer, title: options.variant, validUntil: options.expired ? "2026-02-01T00:00:00Z" : undefined });
const v1 = (options: { issuer: string; expired?: boolean; variant?: string }) =>
  credentialV1({ issuer: options.issuer, name: options.variant, expirationDate: options.expired ? "2026-02-01T00:00:00Z" : undefined });

const jws = (hashing: "w3c-ccg" | "gaiax-22.10") => (document: JsonObject, issuer: TestIssuer, proofPurpose?: string) =>
  signJws2020({
    document,
    privateKeyJwk: issuer.privateKeyJwk,
    verificationMethodId: issuer.verificationMethodId,
    documentLoader,
    clock: signingClock,
    proofPurpose,
    hashing,
  });
const dataIntegrity = (suite: "eddsa-rdfc-2022" | "Ed25519Signature2020") => (document: JsonObject, issuer: TestIssuer, proofPurpose?: string) =>
  signDataIntegrity({
    document,
    suite,
    privateKeyJwk: issuer.privateKeyJwk,
    verificationMethodId: issuer.verificationMethodId,
    documentLoader,
    clock: signingClock,
    proofPurpose,
  });

const cases: SuiteCase[] = [
  { name: "eddsa-rdfc-2022 (VC 2.0, did:key Multikey)", algorithm: "Ed25519", method: "key", credential: v2, sign: dataIntegrity("eddsa-rdfc-2022") },
  { name: "Ed25519Signature2020 (VC 1.1, did:jwk)", algorithm: "Ed25519", method: "jwk", credential: v1, sign: dataIntegrity("Ed25519Signature2020") },
  { name: "JsonWebSignature2020 ES256 w3c-ccg", algorithm: "P-256", method: "jwk", credential: v1, sign: jws("w3c-ccg"), hashing: "w3c-ccg" },
  { name: "JsonWebSignature2020 EdDSA w3c-ccg (VC 2.0)", algorithm: "Ed25519", method: "jwk", credential: v2, sign: jws("w3c-ccg"), hashing: "w3c-ccg" },
  { name: "JsonWebSignature2020 ES256 gaiax-22.10", algorithm: "P-256", method: "jwk", credential: v1, sign: jws("gaiax-22.10"), hashing: "gaiax-22.10" },
];

function check(outcome: VerificationOutcome, id: string) {
  const found = outcome.checks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no check ${id} in ${JSON.stringify(outcome.checks)}`);
  return found;
}

const verify = (document: JsonObject) => verifyCredential({ document, didResolver, documentLoader, clock: verifyingClock });

describe.each(cases)("$name", (suite) => {
  let issuer: TestIssuer;
  let other: TestIssuer;
  let signed: JsonObject;

  beforeAll(async () => {
    issuer = await createTestIssuer({ algorithm: suite.algorithm, method: suite.method });
    other = await createTestIssuer({ algorithm: suite.algorithm, method: suite.method });
    signed = await suite.sign(suite.credential({ issuer: issuer.did }), issuer);
  });

  it("round-trips: signs and verifies with every check passing", async () => {
    const outcome = await verify(signed);
    expect(outcome.errors).toEqual([]);
    expect(outcome.verified).toBe(true);
    expect(outcome.issuer).toBe(issuer.did);
    for (const id of [
      "proof.present",
      "proof.signature",
      "proof.purpose",
      "key.authorized",
      "key.controller",
      "validity.window",
      "jsonld.contexts",
      "jsonld.legacy",
    ]) {
      expect(check(outcome, id).passed, id).toBe(true);
    }
    if (suite.hashing) expect(check(outcome, "proof.signature").message).toContain(`(${suite.hashing} hashing)`);
  });

  it("refuses a changed claim (proof.signature)", async () => {
    const tampered = structuredClone(signed);
    (tampered.credentialSubject as JsonObject).population = { en: "Everyone" };
    const outcome = await verify(tampered);
    expect(outcome.verified).toBe(false);
    expect(check(outcome, "proof.signature").passed).toBe(false);
  });

  it("refuses a proof copied from another credential (proof.signature)", async () => {
    const donor = await suite.sign(suite.credential({ issuer: issuer.did, variant: "Another dataset" }), issuer);
    const outcome = await verify({ ...signed, proof: donor.proof });
    expect(outcome.verified).toBe(false);
    expect(check(outcome, "proof.signature").passed).toBe(false);
  });

  it("refuses a key from another DID (key.controller)", async () => {
    const forged = await suite.sign(suite.credential({ issuer: issuer.did }), other);
    const outcome = await verify(forged);
    expect(outcome.verified).toBe(false);
    expect(check(outcome, "key.controller").passed).toBe(false);
    expect(check(outcome, "proof.signature").passed).toBe(true);
  });

  it("refuses the wrong proof purpose (proof.purpose)", async () => {
    const wrongPurpose = await suite.sign(suite.credential({ issuer: issuer.did }), issuer, "authentication");
    const outcome = await verify(wrongPurpose);
    expect(outcome.verified).toBe(false);
    expect(check(outcome, "proof.purpose").passed).toBe(false);
    expect(check(outcome, "proof.signature").passed).toBe(true);
  });

  it("refuses an expired credential (validity.window)", async () => {
    const expired = await suite.sign(suite.credential({ issuer: issuer.did, expired: true }), issuer);
    const outcome = await verify(expired);
    expect(outcome.verified).toBe(false);
    expect(check(outcome, "validity.window").passed).toBe(false);
    expect(check(outcome, "validity.window").message).toMatch(/expired/);
    expect(check(outcome, "proof.signature").passed).toBe(true);
  });
});

describe("presentations", () => {
  it("verifies the presentation proof and every embedded credential", async () => {
    const issuer = await createTestIssuer({ algorithm: "Ed25519", method: "key" });
    const holder = await createTestIssuer({ algorithm: "P-256", method: "jwk" });
    const first = await dataIntegrity("eddsa-rdfc-2022")(healthCredentialV2({ issuer: issuer.did }), issuer);
    const second = await jws("w3c-ccg")(healthCredentialV2({ issuer: issuer.did, title: "Second" }), issuer);
    const presentation = await jws("w3c-ccg")(
      {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        type: ["VerifiablePresentation"],
        holder: holder.did,
        verifiableCredential: [first, second],
      },
      holder,
    );
    const outcome = await verify(presentation);
    expect(outcome.errors).toEqual([]);
    expect(outcome.verified).toBe(true);
    expect(outcome.format).toBe("JSONLD_VP");
    expect(outcome.credentials?.map((credential) => credential.verified)).toEqual([true, true]);

    const tampered = structuredClone(presentation);
    const embedded = (tampered.verifiableCredential as JsonObject[])[1] as JsonObject;
    (embedded.credentialSubject as JsonObject).pseudonymisationLevel = "Identified";
    const refused = await verify(tampered);
    expect(refused.verified).toBe(false);
    expect(check(refused, "proof.signature").passed).toBe(false);
    expect(refused.credentials?.[0]?.verified).toBe(true);
    const second_ = refused.credentials?.[1];
    expect(second_ && check(second_, "proof.signature")).toMatchObject({ passed: false, path: "verifiableCredential[1].proof" });
  });

  it("signs presentations with eddsa-rdfc-2022 as an assertion", async () => {
    const holder = await createTestIssuer({ algorithm: "Ed25519", method: "key" });
    const presentation = await dataIntegrity("eddsa-rdfc-2022")(
      {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        type: ["VerifiablePresentation"],
        holder: holder.did,
        verifiableCredential: [await dataIntegrity("eddsa-rdfc-2022")(healthCredentialV2({ issuer: holder.did }), holder)],
      },
      holder,
    );
    const outcome = await verify(presentation);
    expect(outcome.errors).toEqual([]);
    expect((presentation.proof as JsonObject).proofPurpose).toBe("assertionMethod");
  });
});
