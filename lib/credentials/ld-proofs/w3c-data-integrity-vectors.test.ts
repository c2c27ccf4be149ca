// Every signed document of the W3C vc-di-eddsa and vc-di-ecdsa test vectors, verified offline
// (test/fixtures/w3c-vc-test-vectors, see its PROVENANCE.md). The vectors' issuer is an example URL
// while their keys are did:keys, so the issuer binding fails and everything else must pass.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

import * as EcdsaMultikey from "@digitalbazaar/ecdsa-multikey";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { describe, expect, it } from "vitest";

import { createDidResolver } from "@/lib/credentials/did/create-did-resolver";
import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import type { JsonObject, VerificationOutcome } from "@/lib/credentials/types";
import { verifyCredential } from "@/lib/credentials/verify-credential";

const vectors = path.join(process.cwd(), "test/fixtures/w3c-vc-test-vectors");
const readJson = (relative: string) => JSON.parse(readFileSync(path.join(vectors, relative), "utf8")) as JsonObject;
const readText = (relative: string) => readFileSync(path.join(vectors, relative), "utf8").trim();

// The vectors use the W3C examples context (an @vocab catch-all): allowed for reading tests only.
const documentLoader = createDocumentLoader({ allowVocabCatchAll: true });
// The portal's own resolver: did:key is derived locally, nothing else resolves.
const didResolver = createDidResolver();
const clock = { now: () => new Date("2026-06-01T00:00:00Z") };

const verify = (document: JsonObject, keyControllerPolicy: "require" | "warn" = "require") =>
  verifyCredential({ document, didResolver, documentLoader, clock, keyControllerPolicy });
const failed = (outcome: VerificationOutcome) => outcome.checks.filter((check) => !check.passed && check.severity !== "warning").map((check) => check.id);
const ofId = (outcome: VerificationOutcome, id: string) => outcome.checks.filter((check) => check.id === id);

interface SignedVector {
  file: string;
  suites: string[];
  chained: number;
}

const signedVectors: SignedVector[] = [
  { file: "vc-di-eddsa/eddsa-rdfc-2022/signedDataInt.json", suites: ["eddsa-rdfc-2022"], chained: 0 },
  { file: "vc-di-eddsa/Ed25519Signature2020/signedEdSig.json", suites: ["Ed25519Signature2020"], chained: 0 },
  { file: "vc-di-eddsa/proof-set-chain/signedProofSet1.json", suites: ["eddsa-rdfc-2022"], chained: 0 },
  { file: "vc-di-eddsa/proof-set-chain/signedProofSet2.json", suites: ["eddsa-rdfc-2022", "eddsa-rdfc-2022"], chained: 0 },
  { file: "vc-di-eddsa/proof-set-chain/proofChainTempDoc1.json", suites: ["eddsa-rdfc-2022", "eddsa-rdfc-2022"], chained: 0 },
  { file: "vc-di-eddsa/proof-set-chain/signedProofChain1.json", suites: ["eddsa-rdfc-2022", "eddsa-rdfc-2022", "eddsa-rdfc-2022"], chained: 1 },
  { file: "vc-di-eddsa/proof-set-chain/signedProofChain2.json", suites: Array(4).fill("eddsa-rdfc-2022") as string[], chained: 2 },
  { file: "vc-di-ecdsa/ecdsa-rdfc-2019-p256/signedECDSAP256.json", suites: ["ecdsa-rdfc-2019"], chained: 0 },
  { file: "vc-di-ecdsa/ecdsa-rdfc-2019-p384/signedECDSAP384.json", suites: ["ecdsa-rdfc-2019"], chained: 0 },
];

describe.each(signedVectors)("W3C vector $file", ({ file, suites, chained }) => {
  it("verifies every proof, in order, each under its own path", async () => {
    const outcome = await verify(readJson(file));
    const signatures = ofId(outcome, "proof.signature");
    expect(signatures.map((check) => check.passed)).toEqual(suites.map(() => true));
    expect(signatures.map((check) => check.path)).toEqual(suites.length > 1 ? suites.map((_, index) => `proof[${index}]`) : ["proof"]);
    for (const [index, suite] of suites.entries()) expect(signatures[index]?.message).toContain(suite);
    expect(ofId(outcome, "proof.suite").every((check) => check.passed)).toBe(true);
    expect(ofId(outcome, "proof.chain").map((check) => check.passed)).toEqual(Array(chained).fill(true));
    expect(ofId(outcome, "did.resolved").every((check) => check.passed && check.message.includes("(did:key)"))).toBe(true);
  });

  it("is refused only because the example issuer does not control the did:key, and passes when that is a warning", async () => {
    const strict = await verify(readJson(file));
    expect(strict.verified).toBe(false);
    expect(failed(strict)).toEqual(suites.map(() => "key.controller"));
    const signer = String((([] as unknown[]).concat(readJson(file).proof)[0] as JsonObject).verificationMethod).split("#")[0];
    expect(ofId(strict, "key.controller")[0]?.message).toBe(
      `Signed with a valid key of ${signer}, which is not a key of the issuer https://vc.example/issuers/5678`,
    );
    const lenient = await verify(readJson(file), "warn");
    expect(lenient.errors).toEqual([]);
    expect(lenient.verified).toBe(true);
  });

  it("refuses the document with one claim changed (proof.signature)", async () => {
    const tampered = readJson(file);
    (tampered.credentialSubject as JsonObject).alumniOf = "The School of Forgeries";
    const outcome = await verify(tampered, "warn");
    expect(outcome.verified).toBe(false);
    expect(ofId(outcome, "proof.signature").map((check) => check.passed)).toEqual(suites.map(() => false));
    expect(ofId(outcome, "proof.signature")[0]?.message).toMatch(/signature invalid/);
    expect(ofId(outcome, "key.controller")[0]?.message).toMatch(
      /^Signed with a key of did:key:\S+, which is not a key of the issuer https:\/\/vc.example\/issuers\/5678; the signature does not verify either$/,
    );
  });
});

describe("proof chains", () => {
  it("refuses a chained proof whose previous proofs are not in the document (proofChainTempDoc2)", async () => {
    const outcome = await verify(readJson("vc-di-eddsa/proof-set-chain/proofChainTempDoc2.json"), "warn");
    expect(outcome.verified).toBe(false);
    expect(failed(outcome)).toEqual(["proof.signature", "proof.chain"]);
    expect(ofId(outcome, "proof.chain")[0]?.message).toMatch(
      /urn:uuid:26329423-bec9-4b2e-88cb-a7c7d9dc4544, urn:uuid:8cc9022b-6b14-4cf3-8571-74972c5feb54, which are not a proof/,
    );
  });

  it("refuses the chain when a proof it builds on was altered, naming the broken link", async () => {
    const document = readJson("vc-di-eddsa/proof-set-chain/signedProofChain2.json");
    const proofs = document.proof as JsonObject[];
    proofs[0] = { ...proofs[0], created: "2023-02-24T23:36:39Z" };
    const outcome = await verify(document, "warn");
    expect(outcome.verified).toBe(false);
    // The first proof's signature breaks; the third signs over the first, so it breaks too; the fourth
    // signs only over the third, so its own signature holds but the chain beneath it does not.
    expect(ofId(outcome, "proof.signature").map((check) => check.passed)).toEqual([false, true, false, true]);
    expect(ofId(outcome, "proof.chain").map((check) => [check.path, check.passed])).toEqual([
      ["proof[2]", false],
      ["proof[3]", false],
    ]);
    expect(ofId(outcome, "proof.chain")[1]?.message).toMatch(/urn:uuid:d94f792a-c546-4d06-b38a-da070ab56c23/);
  });
});

describe("suites the portal does not implement", () => {
  it.each(["ecdsa-sd-2023", "bbs-2023", "ecdsa-jcs-2019"])("names %s as not supported, never as an invalid signature", async (cryptosuite) => {
    const document = readJson("vc-di-ecdsa/ecdsa-rdfc-2019-p256/signedECDSAP256.json");
    document.proof = { ...(document.proof as JsonObject), cryptosuite };
    const outcome = await verify(document, "warn");
    expect(outcome.verified).toBe(false);
    expect(failed(outcome)).toEqual(["proof.suite"]);
    expect(ofId(outcome, "proof.suite")[0]?.message).toMatch(new RegExp(`^${cryptosuite} is not supported`));
    expect(ofId(outcome, "proof.signature")).toEqual([]);
  });
});

describe("vectors that need a context the portal does not pin", () => {
  const employ = [
    { dir: "vc-di-eddsa/eddsa-rdfc-2022/employ", suffix: "DataInt", keys: "vc-di-eddsa/keyPair.json", hash: "sha256" },
    { dir: "vc-di-ecdsa/ecdsa-rdfc-2019-p256/employ", suffix: "ECDSAP256", keys: "vc-di-ecdsa/p256KeyPair.json", hash: "sha256" },
    { dir: "vc-di-ecdsa/ecdsa-rdfc-2019-p384/employ", suffix: "ECDSAP384", keys: "vc-di-ecdsa/p384KeyPair.json", hash: "sha384" },
  ];

  it.each(employ)("$dir: the citizenship context is refused as such, and the published signature is right", async ({ dir, suffix, keys, hash }) => {
    const outcome = await verify(readJson(`${dir}/signed${suffix}.json`), "warn");
    expect(outcome.verified).toBe(false);
    expect(ofId(outcome, "jsonld.contexts")[0]).toMatchObject({ passed: false, message: expect.stringContaining("https://w3id.org/citizenship/v4rc1") });
    expect(ofId(outcome, "proof.signature")[0]?.message).toMatch(/not checked/);
    // Offline we can still check the vector itself: hash(proof canon) ‖ hash(document canon), signed by its key.
    const combined = readText(`${dir}/combinedHash${suffix}.txt`);
    const digest = (name: string) =>
      createHash(hash)
        .update(readFileSync(path.join(vectors, `${dir}/${name}${suffix}.txt`)))
        .digest("hex");
    expect(combined).toBe(digest("proofCanon") + digest("canonDoc"));
    const { publicKeyMultibase } = readJson(keys) as { publicKeyMultibase: string };
    const key =
      suffix === "DataInt"
        ? await Ed25519Multikey.from({ type: "Multikey", publicKeyMultibase })
        : await EcdsaMultikey.from({ type: "Multikey", publicKeyMultibase });
    const data = Buffer.from(combined, "hex");
    const signature = Buffer.from(readText(`${dir}/sigHex${suffix}.txt`), "hex");
    await expect(key.verifier().verify({ data, signature })).resolves.toBe(true);
    data[0] = (data[0] ?? 0) ^ 1;
    await expect(key.verifier().verify({ data, signature })).resolves.toBe(false);
  });
});

describe("unsigned inputs", () => {
  it.each(["vc-di-eddsa/unsigned.json", "vc-di-eddsa/proof-set-chain/unsigned.json", "vc-di-ecdsa/unsigned.json"])("%s carries no proof", async (file) => {
    const outcome = await verify(readJson(file));
    expect(outcome.verified).toBe(false);
    expect(failed(outcome)).toEqual(["proof.present"]);
  });
});
