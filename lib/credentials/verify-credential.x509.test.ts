import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { createStaticDidResolver } from "@/lib/credentials/ld-proofs/create-static-did-resolver";
import { signDataIntegrity } from "@/lib/credentials/ld-proofs/sign-data-integrity";
import { signJws2020 } from "@/lib/credentials/ld-proofs/sign-jws-2020";
import { createTestIssuer, fixedClock, healthCredentialV2 } from "@/lib/credentials/ld-proofs/test-support";
import type { DidDocument, JsonObject, KeyCheck, VerificationCheck, VerificationOutcome } from "@/lib/credentials/types";
import { createX509KeyCheck } from "@/lib/credentials/x509/create-x509-key-check";
import { createTestChain } from "@/lib/credentials/x509/test-certificates";

import { verifyCredential } from "./verify-credential";

// The X.509 `checkKey` hook on the JSON-LD path: same checks, ids and messages as on the JWT path.

const documentLoader = createDocumentLoader();
const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/gaiax/did/${name}`, import.meta.url), "utf8");
const complianceChainPem = fixture("compliance.gaia-x.eu.x509CertificateChain.pem");
const complianceRootPem = complianceChainPem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)?.[2] as string;
const complianceDid = JSON.parse(fixture("did-web-compliance.gaia-x.eu.did.json")) as DidDocument;

const verifyingClock = fixedClock("2026-06-01T00:00:00Z");
const did = "did:web:hospital.example";
const keyId = `${did}#key-1`;

function didDocument(publicKeyJwk: JsonObject, id = did): DidDocument {
  return {
    "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"],
    id,
    verificationMethod: [{ id: `${id}#key-1`, type: "JsonWebKey2020", controller: id, publicKeyJwk }],
    assertionMethod: [`${id}#key-1`],
  };
}

const byId = (outcome: VerificationOutcome) => Object.fromEntries(outcome.checks.map((check) => [check.id, check]));
const failedErrors = (outcome: VerificationOutcome) => outcome.checks.filter((check) => !check.passed && check.severity !== "warning").map((check) => check.id);

describe("verifyCredential with an X.509 checkKey on JSON-LD proofs", () => {
  const chain = createTestChain({ notBefore: new Date("2026-01-01T00:00:00Z"), notAfter: new Date("2027-01-01T00:00:00Z") });
  const leafJwk = chain.leaf.publicKey.export({ format: "jwk" }) as JsonObject;
  const leafPrivateJwk = chain.leaf.privateKey.export({ format: "jwk" }) as JsonWebKey;
  const x5uUrl = "https://hospital.example/.well-known/chain.pem";

  const signAsHospital = (document: JsonObject, privateKeyJwk: JsonWebKey = leafPrivateJwk, signedOn = "2026-05-01T10:00:00Z") =>
    signJws2020({ document, privateKeyJwk, verificationMethodId: keyId, documentLoader, clock: fixedClock(signedOn) });

  it("passes every X.509 check for a key certified (x5c) up to a configured trust anchor", async () => {
    const document = await signAsHospital(healthCredentialV2({ issuer: did }));
    const didResolver = createStaticDidResolver({ documents: new Map([[did, didDocument({ ...leafJwk, x5c: [chain.leaf.base64, chain.root.base64] })]]) });
    const outcome = await verifyCredential({
      document,
      didResolver,
      documentLoader,
      clock: verifyingClock,
      checkKey: createX509KeyCheck({ trustAnchors: [chain.root.pem], clock: verifyingClock }),
    });
    expect(outcome.errors).toEqual([]);
    expect(outcome.verified).toBe(true);
    const checks = byId(outcome);
    expect(checks["x509.trust"]).toEqual({
      id: "x509.trust",
      passed: true,
      path: "proof",
      message: "Signed by CN=hospital.example, certified by CN=Test Root CA up to trust anchor CN=Test Root CA, valid until 2027-01-01",
    });
    expect(checks["x509.key"]).toMatchObject({ passed: true, message: "The signing key is the key of certificate CN=hospital.example" });
    expect(checks["x509.validity"]?.message).toMatch(/valid on 2026-05-01/);
  });

  it("refuses the same credential when the chain is not anchored in a configured trust anchor", async () => {
    const document = await signAsHospital(healthCredentialV2({ issuer: did }));
    const other = createTestChain({ notBefore: new Date("2026-01-01T00:00:00Z"), notAfter: new Date("2027-01-01T00:00:00Z") });
    const didResolver = createStaticDidResolver({ documents: new Map([[did, didDocument({ ...leafJwk, x5u: x5uUrl })]]) });
    const outcome = await verifyCredential({
      document,
      didResolver,
      documentLoader,
      clock: verifyingClock,
      checkKey: createX509KeyCheck({
        trustAnchors: [other.root.pem],
        clock: verifyingClock,
        pinnedChains: async (url) => (url === x5uUrl ? chain.leaf.pem + chain.root.pem : null),
      }),
    });
    expect(outcome.verified).toBe(false);
    expect(failedErrors(outcome)).toEqual(["x509.trust"]);
    expect(outcome.errors).toEqual(["x509.trust: CN=Test Root CA (issued by CN=Test Root CA) is not a configured trust anchor"]);
  });

  it("checks the real Gaia-X compliance x5u chain (pinned) and fails x509.key for a key that is not its leaf's", async () => {
    const method = (complianceDid.verificationMethod as JsonObject[])[0] as JsonObject;
    const x5u = (method.publicKeyJwk as JsonObject).x5u as string;
    const issuer = await createTestIssuer({ algorithm: "P-256" });
    const publicKeyJwk = { kty: "EC", crv: "P-256", x: (issuer.privateKeyJwk as JsonObject).x, y: (issuer.privateKeyJwk as JsonObject).y, x5u };
    const complianceId = complianceDid.id;
    const document = await signJws2020({
      document: { ...healthCredentialV2({ issuer: complianceId }), validFrom: "2022-05-01T00:00:00Z" },
      privateKeyJwk: issuer.privateKeyJwk,
      verificationMethodId: `${complianceId}#key-1`,
      documentLoader,
      clock: fixedClock("2022-06-01T00:00:00Z"),
    });
    const outcome = await verifyCredential({
      document,
      documentLoader,
      clock: verifyingClock,
      didResolver: createStaticDidResolver({ documents: new Map([[complianceId, didDocument(publicKeyJwk, complianceId)]]) }),
      checkKey: createX509KeyCheck({
        trustAnchors: [complianceRootPem],
        clock: verifyingClock,
        pinnedChains: async (url) => (url === x5u ? complianceChainPem : null),
      }),
    });
    expect(failedErrors(outcome)).toEqual(["x509.key"]);
    expect(outcome.verified).toBe(false);
    const checks = byId(outcome);
    expect(checks["x509.trust"]).toMatchObject({ passed: true, message: expect.stringMatching(/up to trust anchor CN=ISRG Root X1/) });
    expect(checks["x509.validity"]).toMatchObject({ passed: true, message: expect.stringMatching(/valid on 2022-06-01/) });
    expect(checks["x509.expired"]).toMatchObject({ passed: false, severity: "warning" });
  });

  it("reports an x5u chain that is neither pinned nor fetchable as x509.chain", async () => {
    const document = await signAsHospital(healthCredentialV2({ issuer: did }));
    const didResolver = createStaticDidResolver({ documents: new Map([[did, didDocument({ ...leafJwk, x5u: x5uUrl })]]) });
    const outcome = await verifyCredential({
      document,
      didResolver,
      documentLoader,
      clock: verifyingClock,
      checkKey: createX509KeyCheck({ trustAnchors: [chain.root.pem] }),
    });
    expect(outcome.errors).toEqual([`x509.chain: The certificate chain cannot be read: the chain at ${x5uUrl} is not pinned and fetching is not enabled`]);
  });
});

describe("verifyCredential's checkKey hook", () => {
  function recordingCheck(result: VerificationCheck[] = []) {
    const calls: Array<Parameters<KeyCheck>[0]> = [];
    const checkKey: KeyCheck = async (options) => {
      calls.push(options);
      return result.map((check) => ({ ...check, path: options.path }));
    };
    return { calls, checkKey };
  }

  it("runs once per verified proof, in a presentation too, with the signing date and the proof's path", async () => {
    const issuer = await createTestIssuer({ algorithm: "Ed25519", method: "key" });
    const sign = (document: JsonObject) =>
      signDataIntegrity({
        document,
        suite: "eddsa-rdfc-2022",
        privateKeyJwk: issuer.privateKeyJwk,
        verificationMethodId: issuer.verificationMethodId,
        documentLoader,
        clock: fixedClock("2026-05-01T10:00:00Z"),
      });
    const credential = await sign(healthCredentialV2({ issuer: issuer.did }));
    const presentation = await sign({
      "@context": ["https://www.w3.org/ns/credentials/v2"],
      type: ["VerifiablePresentation"],
      holder: issuer.did,
      verifiableCredential: [credential],
    });
    const { calls, checkKey } = recordingCheck([{ id: "x509.trust", passed: false, message: "not anchored" }]);
    const outcome = await verifyCredential({ document: presentation, didResolver: createStaticDidResolver(), documentLoader, clock: verifyingClock, checkKey });
    expect(calls.map((call) => [call.key.id, call.signedAt.toISOString(), call.path])).toEqual([
      [issuer.verificationMethodId, "2026-05-01T10:00:00.000Z", "proof"],
      [issuer.verificationMethodId, "2026-05-01T10:00:00.000Z", "verifiableCredential[0].proof"],
    ]);
    expect(outcome.verified).toBe(false);
    expect(outcome.errors).toEqual(["x509.trust: not anchored", "presentation.credentials: 0 of 1 embedded credentials verified", "x509.trust: not anchored"]);
    expect(outcome.credentials?.[0]?.checks.find((check) => check.id === "x509.trust")?.path).toBe("verifiableCredential[0].proof");
  });

  it("is not consulted for a signature that does not verify", async () => {
    const issuer = await createTestIssuer({ algorithm: "P-256" });
    const signed = await signJws2020({
      document: healthCredentialV2({ issuer: issuer.did }),
      privateKeyJwk: issuer.privateKeyJwk,
      verificationMethodId: issuer.verificationMethodId,
      documentLoader,
    });
    const tampered = { ...signed, credentialSubject: { ...(signed.credentialSubject as JsonObject), pseudonymisationLevel: "Anonymised" } };
    const { calls, checkKey } = recordingCheck();
    const outcome = await verifyCredential({ document: tampered, didResolver: createStaticDidResolver(), documentLoader, checkKey });
    expect(outcome.verified).toBe(false);
    expect(calls).toEqual([]);
  });
});
