import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { createDidResolver } from "@/lib/credentials/did/create-did-resolver";
import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { createStaticDidResolver } from "@/lib/credentials/ld-proofs/create-static-did-resolver";
import { createTestIssuer, fixedClock, healthCredentialV2, signAsTestIssuer, type TestIssuer } from "@/lib/credentials/ld-proofs/test-support";
import type { DidDocument, JsonObject, VerificationOutcome } from "@/lib/credentials/types";

import { verifyComplianceWrapper } from "./verify-compliance-wrapper";

const fixtures = path.join(process.cwd(), "test/fixtures/gaiax");
const read = (relative: string) => JSON.parse(readFileSync(path.join(fixtures, relative), "utf8")) as JsonObject;
const documentLoader = createDocumentLoader();
const complianceDid = read("did/did-web-compliance.gaia-x.eu.did.json") as DidDocument;
const pinnedResolver = createStaticDidResolver({ documents: new Map([[complianceDid.id, complianceDid]]) });

const failedIds = (outcome: VerificationOutcome | undefined) =>
  (outcome?.checks ?? []).filter((check) => !check.passed && check.severity !== "warning").map((check) => check.id);
const named = (outcome: VerificationOutcome, id: string) => outcome.checks.find((check) => check.id === id);

async function verifyReal(file: string, clock: string) {
  const wrapper = read(`examples/${file}`);
  return verifyComplianceWrapper({
    selfDescription: wrapper.selfDescriptionCredential as JsonObject,
    complianceCredential: wrapper.complianceCredential as JsonObject,
    didResolver: pinnedResolver,
    documentLoader,
    clock: fixedClock(clock),
  });
}

describe("real Gaia-X wrappers: each part verified, the binding checked, every failure explained", () => {
  it("22.06 participant: the binding holds; the self-description's context is unknown and the compliance DID does not authorise its key", async () => {
    const outcome = await verifyReal("valid/22.06/sph.participant-sd.signed.json", "2022-10-02T00:00:00Z");
    expect(outcome.verified).toBe(false);
    // This participant is the Gaia-X association itself: the same DID issued both parts.
    expect(outcome.issuer).toBe("did:web:compliance.gaia-x.eu");
    expect(failedIds(outcome)).toEqual(["jsonld.contexts", "proof.signature", "compliance.credential"]);
    expect(named(outcome, "compliance.integrity")).toMatchObject({ passed: true });
    expect(named(outcome, "compliance.credential")).toMatchObject({
      passed: false,
      message: expect.stringMatching(
        /^The Gaia-X compliance credential from did:web:compliance\.gaia-x\.eu did not verify: .*not listed under assertionMethod/,
      ),
      remedy: expect.stringMatching(/compliance service/),
    });
    // The compliance credential's own outcome rides along, located under complianceCredential.
    expect(outcome.compliance?.checks.find((check) => check.id === "proof.signature")).toMatchObject({ passed: true, path: "complianceCredential.proof" });
    expect(failedIds(outcome.compliance)).toEqual(["key.authorized", "key.controller"]);
    expect(outcome.errors).toContainEqual(expect.stringMatching(/^compliance\.credential: /));
  });

  it("22.10 service offering: the binding holds; no DID of the Gaia-X lab resolves and the presentation is unsigned", async () => {
    const outcome = await verifyReal("valid/22.10/ss.service-offering-sd.signed.json", "2023-09-01T00:00:00Z");
    expect(outcome.verified).toBe(false);
    expect(failedIds(outcome)).toEqual(["proof.present", "jsonld.legacy", "presentation.credentials", "compliance.credential"]);
    expect(named(outcome, "compliance.integrity")).toMatchObject({ passed: true, message: expect.stringContaining("match all 4 credentials") });
    expect(named(outcome, "compliance.credential")?.message).toMatch(/did:web:compliance\.lab\.gaia-x\.eu:development cannot be resolved/);
  });

  it("22.06 'faulty' (upstream: altered after signing): refused, and the hash says it cannot be recomputed rather than pretending", async () => {
    const outcome = await verifyReal("invalid/22.06/sph.participant-sd-faulty.json", "2022-10-02T00:00:00Z");
    expect(outcome.verified).toBe(false);
    expect(named(outcome, "compliance.integrity")).toMatchObject({ passed: false, message: expect.stringMatching(/could not be recomputed/) });
  });
});

describe("a wrapper whose keys we hold (built the 22.10 way, the recipe the real file confirms)", () => {
  let participant: TestIssuer;
  let complianceService: TestIssuer;
  const clock = fixedClock("2026-03-01T00:00:00Z");
  const didResolver = createDidResolver();

  const sign = (document: JsonObject, issuer: TestIssuer) => signAsTestIssuer({ document, issuer, documentLoader, clock });

  async function attest(selfDescription: JsonObject): Promise<JsonObject> {
    const subjectId = (selfDescription.credentialSubject as JsonObject).id as string;
    const integrity = `sha256-${createHash("sha256").update(JSON.stringify(selfDescription)).digest("hex")}`;
    return sign(
      {
        "@context": [
          "https://www.w3.org/ns/credentials/v2",
          "https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#",
        ],
        type: ["VerifiableCredential"],
        issuer: complianceService.did,
        validFrom: "2026-02-01T00:00:00Z",
        credentialSubject: [{ type: "gx:compliance", id: subjectId, "gx:integrity": integrity, "gx:version": "22.10" }],
      },
      complianceService,
    );
  }

  beforeAll(async () => {
    participant = await createTestIssuer({ algorithm: "Ed25519", method: "key" });
    complianceService = await createTestIssuer({ algorithm: "Ed25519", method: "key" });
  });

  it("verifies when both parts are authentic and the compliance credential attests exactly this self-description", async () => {
    const selfDescription = await sign(healthCredentialV2({ issuer: participant.did }), participant);
    const outcome = await verifyComplianceWrapper({ selfDescription, complianceCredential: await attest(selfDescription), didResolver, documentLoader, clock });
    expect(outcome.errors).toEqual([]);
    expect(outcome.verified).toBe(true);
    expect(outcome.issuer).toBe(participant.did);
    expect(named(outcome, "compliance.credential")).toMatchObject({
      passed: true,
      message: `The Gaia-X compliance credential from ${complianceService.did} verified.`,
    });
    expect(named(outcome, "compliance.integrity")).toMatchObject({ passed: true, message: expect.stringContaining("match all 1 credential.") });
  });

  it("refuses a self-description re-signed after the attestation: both signatures hold, only the binding fails", async () => {
    const attested = await sign(healthCredentialV2({ issuer: participant.did, title: "Adults with type 2 diabetes" }), participant);
    const complianceCredential = await attest(attested);
    const changed = await sign(healthCredentialV2({ issuer: participant.did, title: "Every patient record" }), participant);
    const outcome = await verifyComplianceWrapper({ selfDescription: changed, complianceCredential, didResolver, documentLoader, clock });
    expect(outcome.verified).toBe(false);
    expect(failedIds(outcome)).toEqual(["compliance.integrity"]);
    expect(named(outcome, "compliance.integrity")).toMatchObject({
      message: expect.stringContaining("was changed after the compliance service attested it"),
      remedy: expect.stringMatching(/exactly as the compliance service attested it/),
    });
  });

  it("refuses a forged compliance credential even when its hash is right", async () => {
    const selfDescription = await sign(healthCredentialV2({ issuer: participant.did }), participant);
    const complianceCredential = await attest(selfDescription);
    const forged = { ...complianceCredential, validFrom: "2020-01-01T00:00:00Z" };
    const outcome = await verifyComplianceWrapper({ selfDescription, complianceCredential: forged, didResolver, documentLoader, clock });
    expect(failedIds(outcome)).toEqual(["compliance.credential"]);
    expect(failedIds(outcome.compliance)).toEqual(["proof.signature"]);
  });
});
