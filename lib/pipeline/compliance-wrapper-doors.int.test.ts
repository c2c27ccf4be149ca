import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { loadUserActor } from "@/lib/auth/load-actor";
import { sha256Hex } from "@/lib/catalogue/parse-submission";
import { inspectSubmission } from "@/lib/catalogue/inspect-submission";
import { publishSelfDescription } from "@/lib/catalogue/publish-self-description";
import { createTestIssuer, signAsTestIssuer } from "@/lib/credentials/ld-proofs/test-support";
import type { JsonObject } from "@/lib/credentials/types";
import { db } from "@/lib/db";
import { processFeedItem } from "@/lib/federation/process-feed-item";
import { generateParticipantKey } from "@/lib/participants/generate-participant-key";
import { signUpParticipant } from "@/lib/participants/sign-up-participant";
import { signWithParticipantKey } from "@/lib/participants/sign-with-participant-key";
import { revalidateEntry } from "@/lib/schemas/revalidate-entry";
import { indexOperatorShapes } from "@/lib/schemas/operator-shapes";
import { getContextLoader, getPipelineServices } from "@/lib/wiring/services";
import { unsignedHealthDataset } from "@/test/support/health-credential";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";

// Issue 14 item 2: the Gaia-X 22.06/22.10 { selfDescriptionCredential, complianceCredential } object is
// accepted at every door, through the one pipeline and its check workers: both parts verified, the
// compliance credential's hash of the self-description recomputed, the wrapper stored whole.

const examples = path.join(process.cwd(), "test/fixtures/gaiax/examples");
const keyEncryptionKey = new Uint8Array(32).fill(7);
const ALL = { signatures: true, schema: true, rules: true };

describe.each(testDatabaseTargets())("compliance wrappers at every door on $name", (target) => {
  withTestDatabase(target);

  it.each([
    ["valid/22.06/sph.participant-sd.signed.json", false],
    ["valid/22.10/ss.service-offering-sd.signed.json", true],
  ])("the check endpoint explains %s: binding checked, each part verified, the self-description validated", async (file, conforms) => {
    const text = readFileSync(path.join(examples, file), "utf8");
    const checked = await inspectSubmission({
      text,
      contentType: "application/json",
      flags: ALL,
      services: await getPipelineServices({ budget: "background" }),
    });
    expect(checked.hash).toBe(sha256Hex(text));
    expect(checked.verified).toBe(false);
    expect(checked.checks.find((check) => check.id === "compliance.integrity")).toMatchObject({ passed: true });
    expect(checked.checks.find((check) => check.id === "compliance.credential")).toMatchObject({ passed: false, remedy: expect.any(String) });
    expect(checked.verification?.compliance?.checks.length).toBeGreaterThan(3);
    expect(checked.conforms).toBe(conforms);
  });

  it("publishes, harvests and revalidates a wrapper whose keys we hold; refuses it once the two parts disagree", async () => {
    const { participant, user } = await signUpParticipant({
      input: { legalName: "Wrapper Klinik", name: "W", email: "w@w.test", password: "a long enough password" },
      publicUrl: "http://localhost:3000",
    });
    await generateParticipantKey({ prisma: db(), participant, algorithm: "Ed25519", keyEncryptionKey });
    const documentLoader = await getContextLoader();
    const sign = (title: string) =>
      signWithParticipantKey({
        actor: null,
        skipAuthorisation: true,
        participantId: participant.id,
        document: unsignedHealthDataset({ title, description: "Readings from home monitors" }),
        format: "eddsa-rdfc-2022",
        documentLoader,
        keyEncryptionKey,
      });
    const complianceService = await createTestIssuer({ algorithm: "Ed25519", method: "key" });
    // The compliance service's 22.10 attestation: sha256 of the credential as sent (the recipe the real file confirms).
    const attest = (credential: JsonObject) =>
      signAsTestIssuer({
        document: {
          "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#",
          ],
          type: ["VerifiableCredential"],
          issuer: complianceService.did,
          validFrom: "2026-01-01T00:00:00Z",
          credentialSubject: [
            {
              type: "gx:compliance",
              id: (credential.credentialSubject as JsonObject).id,
              "gx:integrity": `sha256-${createHash("sha256").update(JSON.stringify(credential)).digest("hex")}`,
            },
          ],
        },
        issuer: complianceService,
        documentLoader,
      });
    const wrap = async (selfDescriptionCredential: JsonObject) =>
      JSON.stringify({ selfDescriptionCredential, complianceCredential: await attest(selfDescriptionCredential) }, null, 2);
    const services = await getPipelineServices({ budget: "background" });

    // Door: federation harvest (a peer's wrapper of another dataset).
    const peer = await db().peer.create({ data: { name: "Wrapper peer", baseUrl: "https://peer.wrapper.test" } });
    const harvestedText = await wrap((await sign("Harvested cohort")) as JsonObject);
    const now = new Date().toISOString();
    const item = {
      hash: sha256Hex(harvestedText),
      status: "ACTIVE" as const,
      statusChangedAt: now,
      updatedAt: now,
      format: "JSONLD_VC",
      contentType: "application/json",
      document: harvestedText,
    };
    expect(await processFeedItem(item, { peerId: peer.id, pageCursor: "c1", services, now: new Date() })).toEqual({ kind: "stored" });

    const selfDescription = (await sign("Attested cohort")) as JsonObject;
    const text = await wrap(selfDescription);
    const { complianceCredential } = JSON.parse(text) as { complianceCredential: JsonObject };

    // Door: publish. The entry is the self-description; the document kept as signed is the whole wrapper.
    const actor = await loadUserActor({ userId: user.id });
    const { entry } = await publishSelfDescription({ actor, text, contentType: "application/json", services });
    expect(entry.hash).toBe(sha256Hex(text));
    const stored = await db().selfDescription.findUniqueOrThrow({
      where: { hash: entry.hash },
      select: { hash: true, content: true, contentType: true, format: true, issuerDid: true, verification: true },
    });
    expect(new TextDecoder().decode(stored.content)).toBe(text);
    expect(stored.format).toBe("JSONLD_VC");
    expect(stored.issuerDid).toBe(selfDescription.issuer);
    expect(stored.verification?.checks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "compliance.credential", passed: true }),
        expect.objectContaining({ id: "compliance.integrity", passed: true }),
      ]),
    );

    // Door: revalidation of the stored wrapper reads it the same way.
    const revalidated = await revalidateEntry({ entry: stored, services, operatorShapes: await indexOperatorShapes(), runId: "run-wrapper" });
    expect(revalidated.conforms).toBe(true);

    // The same compliance credential beside another (validly signed) self-description is refused.
    const other = JSON.stringify({ selfDescriptionCredential: await sign("Another cohort"), complianceCredential });
    await expect(publishSelfDescription({ actor, text: other, contentType: "application/json", services })).rejects.toMatchObject({
      code: "VERIFICATION_FAILED",
      message: expect.stringMatching(/compliance service attested/),
    });
  });
});
