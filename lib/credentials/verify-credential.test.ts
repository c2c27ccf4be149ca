import { readFileSync } from "node:fs";
import path from "node:path";

import { FlattenedSign, importJWK } from "jose";
import { beforeAll, describe, expect, it } from "vitest";

import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { createStaticDidResolver } from "@/lib/credentials/ld-proofs/create-static-did-resolver";
import { createJws2020SigningInput } from "@/lib/credentials/ld-proofs/jws-2020-signing-input";
import { signDataIntegrity } from "@/lib/credentials/ld-proofs/sign-data-integrity";
import { createTestIssuer, fixedClock, healthCredentialV2, type TestIssuer } from "@/lib/credentials/ld-proofs/test-support";
import type { DidDocument, JsonObject, VerificationOutcome } from "@/lib/credentials/types";

import { verifyCredential } from "./verify-credential";

const fixtures = path.join(process.cwd(), "test/fixtures/gaiax");
const read = (relative: string) => JSON.parse(readFileSync(path.join(fixtures, relative), "utf8")) as JsonObject;

// Real third-party examples use the W3C example contexts: allowed for reading tests only.
const documentLoader = createDocumentLoader({ allowVocabCatchAll: true });
const pinned = new Map<string, DidDocument>();
for (const file of ["did-web-compliance.gaia-x.eu.did.json", "did-web-did-server.xfsc-test.did.json"]) {
  const document = read(`did/${file}`) as DidDocument;
  pinned.set(document.id, document);
}
const didResolver = createStaticDidResolver({ documents: pinned });

function check(outcome: VerificationOutcome | undefined, id: string) {
  const found = outcome?.checks.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no check ${id} in ${JSON.stringify(outcome?.checks)}`);
  return found;
}
const failedIds = (outcome: VerificationOutcome) => outcome.checks.filter((candidate) => !candidate.passed).map((candidate) => candidate.id);

describe("real XFSC examples", () => {
  const vp = read("examples/valid/xfsc/fc.participant_jwk_signed.2024-03.jsonld");
  const clock = fixedClock("2024-06-01T00:00:00Z");

  it("fc.participant_jwk_signed verifies (did:jwk, PS256, W3C-CCG hashing); its foreign key is a warning on request", async () => {
    const outcome = await verifyCredential({ document: vp, didResolver, documentLoader, clock, keyControllerPolicy: "warn" });
    expect(outcome.errors).toEqual([]);
    expect(outcome.verified).toBe(true);
    expect(check(outcome, "proof.signature").message).toContain("PS256 verified (w3c-ccg hashing)");
    expect(check(outcome.credentials?.[0], "proof.signature").passed).toBe(true);
    // issuer did:web:compliance.lab.gaia-x.eu:v1 signed with somebody's did:jwk: said out loud
    expect(check(outcome.credentials?.[0], "key.controller")).toMatchObject({ passed: false, severity: "warning" });
  });

  it("fc.participant_jwk_signed is refused under the default policy only because the key is not the issuer's", async () => {
    const outcome = await verifyCredential({ document: vp, didResolver, documentLoader, clock });
    expect(outcome.verified).toBe(false);
    expect(failedIds(outcome)).toEqual(["key.controller", "presentation.credentials"]);
    expect(failedIds(outcome.credentials![0]!)).toEqual(["key.controller"]);
  });

  it("fc.valid_complex_signature is refused as DID-unresolvable (its RSA-4096 did:web key is not published), not crashed", async () => {
    const outcome = await verifyCredential({ document: read("examples/valid/xfsc/fc.valid_complex_signature.json"), didResolver, documentLoader, clock });
    expect(outcome.verified).toBe(false);
    expect(check(outcome, "did.resolved").passed).toBe(false);
    expect(outcome.credentials).toHaveLength(2);
    for (const credential of outcome.credentials ?? []) {
      expect(check(credential, "did.resolved").message).toContain("did:web:compliance.lab.gaia-x.eu");
    }
  });

  it("tampering with the real credential breaks its signature", async () => {
    const tampered = structuredClone(vp);
    const credential = (tampered.verifiableCredential as JsonObject[])[0] as JsonObject;
    credential.issuanceDate = "2024-01-02T19:37:24Z";
    const outcome = await verifyCredential({ document: tampered, didResolver, documentLoader, clock, keyControllerPolicy: "warn" });
    expect(check(outcome.credentials?.[0], "proof.signature").passed).toBe(false);
    expect(outcome.verified).toBe(false);
  });
});

describe("invalid XFSC signature tests are refused for the right reason", () => {
  it("undecodable jws", async () => {
    const outcome = await verifyCredential({
      document: read("examples/invalid/xfsc/fc.Signature-Tests.hasInvalidSignature.jsonld"),
      didResolver,
      documentLoader,
    });
    expect(check(outcome, "proof.signature")).toMatchObject({ passed: false, message: expect.stringMatching(/not a detached JWS/) });
    expect(check(outcome.credentials?.[0], "proof.signature").message).toMatch(/not a detached JWS/);
  });

  it("missing proofs", async () => {
    const none = await verifyCredential({ document: read("examples/invalid/xfsc/fc.Signature-Tests.hasNoSignature1.jsonld"), didResolver, documentLoader });
    expect(check(none, "proof.present").passed).toBe(false);
    expect(check(none.credentials?.[0], "proof.present").passed).toBe(false);
    const some = await verifyCredential({ document: read("examples/invalid/xfsc/fc.sign.lacksSomeSignatures.json"), didResolver, documentLoader });
    expect(some.verified).toBe(false);
    expect(check(some, "proof.present").passed).toBe(false);
  });

  it("EdDSA header over an RSA key", async () => {
    // The historic did:web:compliance.lab.gaia-x.eu held RSA keys; pin one (the XFSC test RSA key) to reach the alg check.
    const xfsc = pinned.get("did:web:did-server")!;
    const rsaMethod = (xfsc.verificationMethod as JsonObject[])[0]!;
    const lab = "did:web:compliance.lab.gaia-x.eu";
    const resolver = createStaticDidResolver({
      documents: new Map([
        [
          lab,
          {
            id: lab,
            verificationMethod: [{ ...rsaMethod, id: lab, controller: lab }],
            assertionMethod: [lab],
          },
        ],
      ]),
    });
    const outcome = await verifyCredential({
      document: read("examples/invalid/xfsc/fc.sign.hasInvalidSignatureType.json"),
      didResolver: resolver,
      documentLoader,
    });
    const credential = outcome.credentials?.[0];
    expect(check(credential, "proof.signature")).toMatchObject({ passed: false, message: expect.stringMatching(/EdDSA needs a OKP\/Ed25519 key/) });
  });

  it("alg that is not a JOSE algorithm", async () => {
    const vp = read("examples/valid/xfsc/fc.participant_jwk_signed.2024-03.jsonld");
    const header = Buffer.from(JSON.stringify({ b64: false, crit: ["b64"], alg: "JsonWebSignature2020" })).toString("base64url");
    const proof = vp.proof as JsonObject;
    proof.jws = `${header}..${String(proof.jws).split("..")[1]}`;
    const outcome = await verifyCredential({ document: vp, didResolver, documentLoader, keyControllerPolicy: "warn" });
    expect(check(outcome, "proof.signature").message).toMatch(/"JsonWebSignature2020" is not an accepted JOSE algorithm/);
  });
});

describe("Gaia-X 22.06 compliance credentials with the pinned did:web:compliance.gaia-x.eu", () => {
  const clock = fixedClock("2022-10-02T00:00:00Z");
  for (const file of ["sph.participant-sd.signed.json", "sph.service-offering-sd.signed.json"]) {
    it(`${file}: the PS256 signature verifies (22.06 hashing) but the DID document does not authorise the key`, async () => {
      const compliance = read(`examples/valid/22.06/${file}`).complianceCredential as JsonObject;
      const outcome = await verifyCredential({ document: compliance, didResolver, documentLoader, clock });
      expect(check(outcome, "proof.signature")).toMatchObject({ passed: true, message: expect.stringContaining("gaiax-22.06") });
      expect(check(outcome, "proof.coverage").severity).toBe("warning");
      // upstream DID document: assertionMethod lists #JWK2020-RSA, the method's id is the bare DID
      expect(check(outcome, "key.authorized").passed).toBe(false);
      expect(outcome.verified).toBe(false);

      const tampered = structuredClone(compliance);
      (tampered.credentialSubject as JsonObject).hash = "0".repeat(64);
      expect(check(await verifyCredential({ document: tampered, didResolver, documentLoader, clock }), "proof.signature").passed).toBe(false);
    });
  }
});

describe("Gaia-X 22.10 examples without published DID documents", () => {
  for (const file of ["ccp.legalParticipant.signed.json", "ss.participant-vp.signed.json", "ss.terms-and-conditions-vp.signed.json"]) {
    it(`${file}: refused with did.resolved, no crash`, async () => {
      const outcome = await verifyCredential({ document: read(`examples/valid/22.10/${file}`), didResolver, documentLoader });
      expect(outcome.verified).toBe(false);
      const all = [outcome, ...(outcome.credentials ?? [])];
      const unresolved = all.flatMap((item) => item.checks).filter((item) => item.id === "did.resolved" && !item.passed);
      expect(unresolved.length).toBeGreaterThan(0);
      expect(unresolved[0]?.message).toMatch(/did:web:.* cannot be resolved/);
    });
  }
});

describe("legacy JSON-LD policy", () => {
  let issuer: TestIssuer;
  let legacy: JsonObject;

  beforeAll(async () => {
    issuer = await createTestIssuer({ algorithm: "P-256" });
    // The real 22.10 LegalParticipant (undefined gx-terms-and-conditions: prefix), re-signed the 22.10 way
    // (non-safe canonicalization, hex hashing) with a key we hold.
    const original = read("examples/valid/22.10/ccp.legalParticipant.signed.json");
    const { proof: _proof, ...unsigned } = original;
    const document: JsonObject = { ...unsigned, issuer: issuer.did };
    const proof: JsonObject = {
      type: "JsonWebSignature2020",
      created: "2024-03-06T09:12:50Z",
      proofPurpose: "assertionMethod",
      verificationMethod: issuer.verificationMethodId,
    };
    const { payload } = await createJws2020SigningInput({ document, proof, hashing: "gaiax-22.10", documentLoader });
    const signed = await new FlattenedSign(payload)
      .setProtectedHeader({ alg: "ES256", b64: false, crit: ["b64"] })
      .sign(await importJWK(issuer.privateKeyJwk as Parameters<typeof importJWK>[0], "ES256"));
    legacy = { ...document, proof: { ...proof, jws: `${signed.protected}..${signed.signature}` } };
  });

  it("accepts a legacy JsonWebSignature2020 file with a jsonld.legacy warning naming what was dropped", async () => {
    const outcome = await verifyCredential({ document: legacy, didResolver, documentLoader, clock: fixedClock("2024-06-01T00:00:00Z") });
    expect(outcome.errors).toEqual([]);
    expect(outcome.verified).toBe(true);
    const legacyCheck = check(outcome, "jsonld.legacy");
    expect(legacyCheck).toMatchObject({ passed: false, severity: "warning" });
    expect(legacyCheck.message).toContain("gx-terms-and-conditions:gaiaxTermsAndConditions");
    expect(legacyCheck.message).toContain("NOT covered by the signature");
    expect(outcome.warnings.some((warning) => warning.startsWith("jsonld.legacy"))).toBe(true);
  });

  it("a dropped term is not covered by the signature: which is why it is named", async () => {
    const altered = structuredClone(legacy);
    (altered.credentialSubject as JsonObject).hospitalName = "added after signing";
    const outcome = await verifyCredential({ document: altered, didResolver, documentLoader, clock: fixedClock("2024-06-01T00:00:00Z") });
    expect(check(outcome, "proof.signature").passed).toBe(true);
    expect(check(outcome, "jsonld.legacy")).toMatchObject({
      severity: "warning",
      message: expect.stringContaining('invalid property "hospitalName" at credentialSubject.hospitalName'),
    });
    // while a defined term is covered
    (altered.credentialSubject as JsonObject)["gx:legalName"] = "Someone else";
    expect(check(await verifyCredential({ document: altered, didResolver, documentLoader }), "proof.signature").passed).toBe(false);
  });

  it("rejects the same file under legacyJsonLd: reject", async () => {
    const outcome = await verifyCredential({
      document: legacy,
      didResolver,
      documentLoader,
      legacyJsonLd: "reject",
      clock: fixedClock("2024-06-01T00:00:00Z"),
    });
    expect(outcome.verified).toBe(false);
    expect(check(outcome, "jsonld.legacy")).toMatchObject({ passed: false });
    expect(check(outcome, "jsonld.legacy").severity).toBeUndefined();
  });

  it("never tolerates dropped terms under Data Integrity proofs", async () => {
    const signer = await createTestIssuer({ algorithm: "Ed25519", method: "key" });
    const signed = await signDataIntegrity({
      document: healthCredentialV2({ issuer: signer.did }),
      suite: "eddsa-rdfc-2022",
      privateKeyJwk: signer.privateKeyJwk,
      verificationMethodId: signer.verificationMethodId,
      documentLoader,
    });
    (signed.credentialSubject as JsonObject).undefinedTerm = "x";
    const outcome = await verifyCredential({ document: signed, didResolver, documentLoader });
    expect(outcome.verified).toBe(false);
    expect(check(outcome, "jsonld.legacy")).toMatchObject({ passed: false });
    expect(check(outcome, "jsonld.legacy").severity).toBeUndefined();
    expect(check(outcome, "proof.signature").passed).toBe(false);
  });
});

describe("formats and contexts", () => {
  it("refuses unknown contexts as a check, not an exception", async () => {
    const outcome = await verifyCredential({
      document: { "@context": ["https://www.w3.org/2018/credentials/v1", "https://schema.org/"], type: ["VerifiableCredential"], issuer: "did:example:a" },
      didResolver,
    });
    expect(check(outcome, "jsonld.contexts")).toMatchObject({ passed: false, message: expect.stringContaining("https://schema.org/") });
  });

  it("refuses the @vocab catch-all context by default", async () => {
    const outcome = await verifyCredential({
      document: {
        "@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/undefined-terms/v2"],
        type: ["VerifiableCredential"],
        issuer: "did:example:a",
      },
      didResolver,
    });
    expect(check(outcome, "jsonld.contexts").passed).toBe(false);
  });

  it("dispatches JWT input to the JWT verifier (real Loire VP-JWT: did:web not resolvable offline)", async () => {
    const jwt = readFileSync(path.join(fixtures, "examples/valid/loire/gxdch.participant-vp.2026.signed.vp+jwt"), "utf8").trim();
    const outcome = await verifyCredential({ document: jwt, didResolver });
    expect(outcome.format).toBe("VP_JWT");
    expect(outcome.verified).toBe(false);
    expect(outcome.checks.find((item) => item.id === "did.resolved")).toMatchObject({ passed: false, message: expect.stringContaining("did:web:gaia-x.eu") });
  });

  it("throws only for a malformed call", async () => {
    await expect(verifyCredential({ document: 42, didResolver })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(verifyCredential({ document: {}, didResolver: undefined as never })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
