// The JsonWebSignature2020 vectors of decentralized-identity/JWS-Test-Suite (transmute: Ed25519, P-256,
// P-384; afgo: RSA PS256), which the suite's own evaluation marked verified. Their did:example:123 is
// not resolvable, so its document is pinned from the suite's public keys, as NOTES.md advises.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import type { DidDocument, JsonObject, VerificationOutcome } from "@/lib/credentials/types";
import { verifyCredential } from "@/lib/credentials/verify-credential";

import { createStaticDidResolver } from "./create-static-did-resolver";

const suite = path.join(process.cwd(), "test/fixtures/w3c-vc-test-vectors/jws-2020-dif-test-suite");
const readJson = (relative: string) => JSON.parse(readFileSync(path.join(suite, relative), "utf8")) as JsonObject;
const list = (folder: string) =>
  readdirSync(path.join(suite, folder))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => `${folder}/${name}`);

const DID = "did:example:123";
const keys = list("keys").map((file) => readJson(file));
const didDocument: DidDocument = {
  "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"],
  id: DID,
  // Public members only: the key files also hold the private JWK, which a DID document never carries.
  verificationMethod: keys.map(({ id, type, controller, publicKeyJwk }) => ({ id, type, controller, publicKeyJwk })),
  assertionMethod: keys.map((key) => key.id as string),
  authentication: keys.map((key) => key.id as string),
};
const didResolver = createStaticDidResolver({ documents: new Map([[DID, didDocument]]) });
// Credential 1–3 carry an inline {"@vocab": "https://example.com/#"}; the catch-all switch is for the VC examples context.
const documentLoader = createDocumentLoader({ allowVocabCatchAll: true });
const clock = { now: () => new Date("2026-06-01T00:00:00Z") };

const verify = (document: JsonObject) => verifyCredential({ document, didResolver, documentLoader, clock });
const failed = (outcome: VerificationOutcome) =>
  outcome.checks.filter((check) => !check.passed && check.severity !== "warning").map((check) => `${check.id}@${check.path ?? ""}`);
const ofId = (outcome: VerificationOutcome, id: string) => outcome.checks.filter((check) => check.id === id);

const signed = [...list("transmute"), ...list("afgo")];
const ALGORITHMS: Record<string, string> = { "key-0-ed25519": "EdDSA", "key-2-secp256r1": "ES256", "key-3-secp384r1": "ES384", "key-4-rsa2048": "PS256" };

describe.each(signed)("%s", (file) => {
  const algorithm = ALGORITHMS[/--(key-[^.]+)\./.exec(file)?.[1] ?? ""];
  const presentation = file.endsWith(".vp.json");

  it(`verifies (${algorithm}, W3C-CCG hashing), embedded credentials too`, async () => {
    const outcome = await verify(readJson(file));
    expect(failed(outcome)).toEqual([]);
    expect(outcome.verified).toBe(true);
    expect(outcome.format).toBe(presentation ? "JSONLD_VP" : "JSONLD_VC");
    expect(ofId(outcome, "proof.signature")[0]?.message).toBe(`JsonWebSignature2020 ${algorithm} verified (w3c-ccg hashing)`);
    expect(ofId(outcome, "proof.purpose")[0]?.message).toBe(`Proof purpose is ${presentation ? "authentication" : "assertionMethod"}`);
    expect(ofId(outcome, "key.authorized")[0]?.message).toMatch(presentation ? /an authentication key/ : /an assertionMethod key/);
    for (const credential of outcome.credentials ?? []) {
      expect(failed(credential)).toEqual([]);
      expect(ofId(credential, "proof.signature")[0]?.message).toBe("JsonWebSignature2020 EdDSA verified (w3c-ccg hashing)");
    }
  });

  it("refuses it when a signed claim is changed", async () => {
    const document = readJson(file);
    const target = presentation ? ((document.verifiableCredential as JsonObject[] | undefined)?.[0] ?? document) : document;
    if (target === document && presentation) document.id = "urn:uuid:forged";
    else (target.credentialSubject as JsonObject).id = "did:example:forged";
    const outcome = await verify(document);
    expect(outcome.verified).toBe(false);
    expect(ofId(outcome, "proof.signature")[0]).toMatchObject({
      passed: false,
      message: `JsonWebSignature2020 ${algorithm} signature does not match the document under any known hashing`,
    });
  });

  it("refuses it when the pinned document does not list the key for the proof purpose", async () => {
    const relationship = presentation ? "authentication" : "assertionMethod";
    const narrowed = { ...didDocument, [relationship]: [] };
    const outcome = await verifyCredential({
      document: readJson(file),
      documentLoader,
      clock,
      didResolver: createStaticDidResolver({ documents: new Map([[DID, narrowed]]) }),
    });
    expect(ofId(outcome, "key.authorized")[0]).toMatchObject({ passed: false, message: expect.stringContaining(`not listed under ${relationship}`) });
    expect(outcome.verified).toBe(false);
  });
});

describe("proof chains", () => {
  it("refuses a JsonWebSignature2020 proof that claims a previousProof its signature cannot cover", async () => {
    const first = readJson("transmute/credential-0--key-2-secp256r1.vc.json");
    const second = readJson("transmute/credential-0--key-0-ed25519.vc.json");
    // The first proof stays as signed (its id would be covered by the W3C-CCG hashing, so none is added).
    const document = { ...first, proof: [first.proof, { ...(second.proof as JsonObject), previousProof: "urn:uuid:first" }] };
    const outcome = await verify(document);
    expect(outcome.verified).toBe(false);
    expect(ofId(outcome, "proof.signature").map((check) => [check.path, check.passed])).toEqual([
      ["proof[0]", true],
      ["proof[1]", false],
    ]);
    expect(ofId(outcome, "proof.signature")[1]?.message).toMatch(/cannot be chained/);
    expect(ofId(outcome, "proof.chain").map((check) => [check.path, check.passed])).toEqual([["proof[1]", false]]);
  });
});

describe("unsigned inputs of the suite", () => {
  const inputs = list("inputs").filter((file) => file !== "inputs/presentation-2.json");
  it.each(inputs)("%s is not verified: it carries no proof of its own", async (file) => {
    const outcome = await verify(readJson(file));
    expect(outcome.verified).toBe(false);
    expect(failed(outcome)[0]).toBe("proof.present@proof");
  });

  it("inputs/presentation-2.json needs the presentation-exchange context, which is not pinned", async () => {
    const outcome = await verify(readJson("inputs/presentation-2.json"));
    expect(outcome.verified).toBe(false);
    expect(ofId(outcome, "jsonld.contexts")[0]).toMatchObject({
      passed: false,
      message: expect.stringContaining("https://identity.foundation/presentation-exchange/submission/v1"),
    });
  });

  it("reads the leap second of credential 3 (2016-12-31T23:59:60Z, RFC 3339) as a date", async () => {
    const document = readJson("transmute/credential-3--key-0-ed25519.vc.json");
    expect(document.issuanceDate).toBe("2016-12-31T23:59:60Z");
    expect(ofId(await verify(document), "validity.window")[0]?.passed).toBe(true);
    const future = await verifyCredential({ document, didResolver, documentLoader, clock: { now: () => new Date("2016-12-31T23:50:00Z") } });
    expect(ofId(future, "validity.window")[0]?.message).toContain("issuanceDate 2016-12-31T23:59:60Z is in the future");
  });
});
