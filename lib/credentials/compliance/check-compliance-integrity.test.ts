import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import type { JsonObject } from "@/lib/credentials/types";

import { checkComplianceIntegrity } from "./check-compliance-integrity";

// The integrity recipes are only trusted because they reproduce the hashes the Gaia-X compliance service
// wrote into the real compliance credentials below (test/fixtures/gaiax, see its PROVENANCE.md).
const examples = path.join(process.cwd(), "test/fixtures/gaiax/examples");
const wrapper = (file: string) =>
  JSON.parse(readFileSync(path.join(examples, file), "utf8")) as { selfDescriptionCredential: JsonObject; complianceCredential: JsonObject };
const documentLoader = createDocumentLoader();
const check = (parts: { selfDescriptionCredential: JsonObject; complianceCredential: JsonObject }) =>
  checkComplianceIntegrity({ selfDescription: parts.selfDescriptionCredential, complianceCredential: parts.complianceCredential, documentLoader });

const REAL_2206 = [
  "valid/22.06/sph.participant-sd.signed.json",
  "valid/22.06/sph.service-offering-sd.signed.json",
  "valid/22.06/sph.well-known.participantOVH.signed.json",
  "valid/22.06/sph.well-known.serviceComplianceService.signed.json",
  "valid/22.06/sph.well-known.serviceManagedK8sOVH.signed.json",
];
const REAL_2210 = "valid/22.10/ss.service-offering-sd.signed.json";

describe("compliance.integrity on the real Gaia-X 22.06 wrappers", () => {
  it.each(REAL_2206)("%s: the recomputed hash is the one the compliance service signed", async (file) => {
    const result = await check(wrapper(file));
    expect(result).toMatchObject({ id: "compliance.integrity", passed: true, path: "complianceCredential.credentialSubject" });
    expect(result.message).toMatch(/22\.06 hash .* matches/);
  });

  it("fails when one claim of the self-description was changed after the attestation", async () => {
    const parts = wrapper(REAL_2206[0]!);
    (parts.selfDescriptionCredential.credentialSubject as JsonObject)["gx-participant:legalName"] = "Someone Else SA";
    const result = await check(parts);
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/not the one the compliance service attested: its 22\.06 hash is [0-9a-f]{64}, the compliance credential names 3280866b/);
  });

  it("fails when the self-description's proof was swapped (the 22.06 hash covers the jws)", async () => {
    const parts = wrapper(REAL_2206[0]!);
    const other = wrapper(REAL_2206[2]!).selfDescriptionCredential.proof;
    expect((await check({ ...parts, selfDescriptionCredential: { ...parts.selfDescriptionCredential, proof: other } })).passed).toBe(false);
    const { proof: _proof, ...unsigned } = parts.selfDescriptionCredential;
    expect(await check({ ...parts, selfDescriptionCredential: unsigned })).toMatchObject({ passed: false, message: expect.stringMatching(/has none/) });
  });

  it("fails the upstream-invalid files, saying why: no proof to hash, or contexts the catalogue does not hold", async () => {
    const missingProof = await check(wrapper("invalid/22.06/sph.participant-sd-faulty-missing-proof.json"));
    expect(missingProof).toMatchObject({
      passed: false,
      message: expect.stringMatching(/covers the self-description's proof \(jws\), and the self-description has none/),
    });
    const faulty = await check(wrapper("invalid/22.06/sph.participant-sd-faulty.json"));
    expect(faulty).toMatchObject({
      passed: false,
      message: expect.stringMatching(/could not be recomputed: JSON-LD context not allowed: http:\/\/www\.w3\.org\/ns\/shacl#/),
    });
    expect(faulty.remedy).toMatch(/cannot recompute/);
  });
});

describe("compliance.integrity on the real Gaia-X 22.10 wrapper", () => {
  it("every credential of the presentation is attested with the hash the compliance service signed", async () => {
    const result = await check(wrapper(REAL_2210));
    expect(result).toMatchObject({ passed: true, message: expect.stringMatching(/22\.10 integrity values .* match all 4 credentials/) });
  });

  it("fails for a changed credential, naming it", async () => {
    const parts = wrapper(REAL_2210);
    const credentials = parts.selfDescriptionCredential.verifiableCredential as JsonObject[];
    (credentials[0]!.credentialSubject as JsonObject)["gx:vatID"] = "BE0000000000";
    const result = await check(parts);
    expect(result.passed).toBe(false);
    expect(result.message).toContain("https://gaia-x.eu/legalRegistrationNumberVC.json was changed after the compliance service attested it");
  });

  it("hashes the credential as received: the same claims in another member order no longer match", async () => {
    const parts = wrapper(REAL_2210);
    const credentials = parts.selfDescriptionCredential.verifiableCredential as JsonObject[];
    const reordered = Object.fromEntries(Object.entries(credentials[2]!).reverse());
    credentials[2] = reordered;
    expect((await check(parts)).message).toContain("https://bakeup.io/tandcs.json was changed");
  });

  it("fails when a credential is missing from, or added to, what was attested", async () => {
    const parts = wrapper(REAL_2210);
    const credentials = parts.selfDescriptionCredential.verifiableCredential as JsonObject[];
    const fewer = await check({ ...parts, selfDescriptionCredential: { ...parts.selfDescriptionCredential, verifiableCredential: credentials.slice(1) } });
    expect(fewer.message).toContain("it attests https://gaia-x.eu/legalRegistrationNumberVC.json, which this self-description does not contain");
    const subject = { ...(credentials[1]!.credentialSubject as JsonObject), id: "https://example.org/unattested#subject" };
    const extra = { ...credentials[1]!, id: "https://example.org/unattested", credentialSubject: subject };
    const more = await check({ ...parts, selfDescriptionCredential: { ...parts.selfDescriptionCredential, verifiableCredential: [...credentials, extra] } });
    expect(more.message).toContain("https://example.org/unattested#subject is not attested by the compliance credential");
  });

  it("reports a normalization it has no real example of as not checkable rather than guessing", async () => {
    const parts = wrapper(REAL_2210);
    const subjects = (parts.complianceCredential.credentialSubject as JsonObject[]).map((subject) => ({
      ...subject,
      "gx:integrityNormalization": "RFC8785:JCS",
    }));
    const result = await check({ ...parts, complianceCredential: { ...parts.complianceCredential, credentialSubject: subjects } });
    expect(result).toMatchObject({ passed: false, message: expect.stringMatching(/RFC8785:JCS normalization, which the catalogue cannot recompute/) });
    expect(result.remedy).toMatch(/cannot recompute/);
  });
});
