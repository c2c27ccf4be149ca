// Every failed check of real failures carries advice; passed checks carry none.
import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { createDidResolver } from "@/lib/credentials/did/create-did-resolver";
import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import type { JsonObject, VerificationCheck, VerificationOutcome } from "@/lib/credentials/types";

import { verifyCredential } from "./verify-credential";

const root = path.join(process.cwd(), "test/fixtures");
const readJson = (relative: string) => JSON.parse(readFileSync(path.join(root, relative), "utf8")) as JsonObject;
const documentLoader = createDocumentLoader({ allowVocabCatchAll: true });
const didResolver = createDidResolver();
const clock = { now: () => new Date("2026-06-01T00:00:00Z") };

function allChecks(outcome: VerificationOutcome): VerificationCheck[] {
  return [...outcome.checks, ...(outcome.credentials ?? []).flatMap(allChecks)];
}

const alteredChain = () => {
  const document = readJson("w3c-vc-test-vectors/vc-di-eddsa/proof-set-chain/signedProofChain2.json");
  (document.credentialSubject as JsonObject).alumniOf = "Forged";
  return document;
};
const unsupportedSuite = () => {
  const document = readJson("w3c-vc-test-vectors/vc-di-ecdsa/ecdsa-rdfc-2019-p256/signedECDSAP256.json");
  return { ...document, proof: { ...(document.proof as JsonObject), cryptosuite: "ecdsa-sd-2023" } };
};

const failures: [string, () => unknown][] = [
  ["a tampered proof chain signed for an example issuer", alteredChain],
  ["an unsupported suite", unsupportedSuite],
  ["an unpinned context", () => readJson("w3c-vc-test-vectors/vc-di-ecdsa/ecdsa-rdfc-2019-p384/employ/signedECDSAP384.json")],
  ["an unsigned credential", () => readJson("w3c-vc-test-vectors/vc-di-ecdsa/unsigned.json")],
  [
    "the Loire VP-JWT without its DID documents",
    () => readFileSync(path.join(root, "gaiax/examples/valid/loire/gxdch.participant-vp.2026.signed.vp+jwt"), "utf8").trim(),
  ],
];

describe("remedies", () => {
  it.each(failures)("every failed check of %s says what to do", async (_name, document) => {
    const outcome = await verifyCredential({ document: document(), didResolver, documentLoader, clock });
    const checks = allChecks(outcome);
    const failed = checks.filter((check) => !check.passed);
    expect(failed.length).toBeGreaterThan(0);
    for (const check of failed) expect(check.remedy, `${check.id}: ${check.message}`).toMatch(/\w{3,}.*\.$/);
    for (const check of checks.filter((entry) => entry.passed)) expect(check.remedy, check.id).toBeUndefined();
  });

  it("advises on the issuer binding and the unsupported suite in words of their own", async () => {
    const chain = await verifyCredential({ document: alteredChain(), didResolver, documentLoader, clock });
    expect(chain.checks.find((check) => check.id === "key.controller")?.remedy).toMatch(/sign with one of its own keys/);
    const suite = await verifyCredential({ document: unsupportedSuite(), didResolver, documentLoader, clock });
    expect(suite.checks.find((check) => check.id === "proof.suite")?.remedy).toMatch(/re-issue with a supported suite/);
  });
});
