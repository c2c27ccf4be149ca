import { describe, expect, it, vi } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { signUpParticipant } from "@/lib/participants/sign-up-participant";
import { loadUserActor } from "@/lib/auth/load-actor";
import { authenticateBearer } from "@/lib/auth/authenticate-bearer";
import type { VerificationOutcome } from "@/lib/credentials/types";
import { publishSelfDescription } from "./publish-self-description";
import type { ValidationSummary } from "./publish-services";
import type { PipelineServices } from "@/lib/pipeline/pipeline-services";
import { parseSubmission, type Submission } from "./parse-submission";
import { entryCreateData } from "./entry-create-data";
import { deriveProjection } from "./derive-projection";

// The pipeline with injected stand-ins for the credential core and the validator: they decide by a
// marker in the document, so each branch of the pipeline is exercised against a real database.

function services(overrides: Partial<PipelineServices> = {}): PipelineServices & { verify: ReturnType<typeof vi.fn> } {
  const verify = vi.fn(async (submission: Submission): Promise<VerificationOutcome> => {
    const tampered = JSON.stringify(submission.document).includes("TAMPERED");
    return {
      verified: !tampered,
      format: submission.format,
      issuer: submission.claimedIssuer,
      checks: [{ id: "proof.signature", passed: !tampered, message: tampered ? "The signature does not match the document." : "Signature valid." }],
      warnings: [],
      errors: [],
    };
  });
  const validate = async (submission: Submission): Promise<ValidationSummary> => {
    const broken = JSON.stringify(submission.document).includes("NO-NAME");
    return {
      conforms: !broken,
      trustFramework: "gx-loire",
      shapesUsed: ["test-shapes"],
      results: broken ? [{ severity: "Violation", focusNode: "urn:x", path: "gx:name", value: null, message: "name is required", sourceShape: "test" }] : [],
    };
  };
  return { verify, validate, credentials: (s: Submission) => [s.document], ...overrides } as never;
}

const PUBLIC_URL = "http://localhost:3000";

function credential(issuer: string, subjectId: string, name: string, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    "@context": ["https://www.w3.org/ns/credentials/v2"],
    type: ["VerifiableCredential"],
    issuer,
    validFrom: "2026-01-01T00:00:00Z",
    credentialSubject: { id: subjectId, type: "gx:DataResource", "gx:name": name, ...extra },
    proof: { type: "DataIntegrityProof" },
  });
}

describe.each(testDatabaseTargets())("publishing on $name", (target) => {
  const database = withTestDatabase(target);

  async function hospital(name = "Klinik Test", email = "admin@klinik.test") {
    const { participant, user } = await signUpParticipant({
      input: { legalName: name, name: "A", email, password: "a long enough password" },
      publicUrl: PUBLIC_URL,
    });
    return { participant, actor: await loadUserActor({ userId: user.id }) };
  }

  it("stores the document as received with projection, results and an audit row; a re-post returns it", async () => {
    const { participant, actor } = await hospital();
    const text = credential(participant.did, "urn:ds:1", "Blood pressure <script>alert(1)</script> registry") + "\n";
    const first = await publishSelfDescription({ actor, text, contentType: "application/ld+json", services: services() });
    expect(first.created).toBe(true);
    expect(first.entry).toMatchObject({ status: "ACTIVE", issuer: participant.did, types: ["DataResource"], verification: { verified: true } });
    expect(first.entry.title).toBe("Blood pressure <script>alert(1)</script> registry");

    const row = await database.current().prisma.selfDescription.findUniqueOrThrow({ where: { hash: first.entry.hash } });
    expect(new TextDecoder().decode(row.content)).toBe(text);
    expect(await database.current().prisma.auditEvent.count({ where: { subjectId: first.entry.hash, action: "self-description.published" } })).toBe(1);

    const again = await publishSelfDescription({ actor, text, contentType: "application/ld+json", services: services() });
    // The first answer is made from the rows as written, the second is read back: they must agree.
    expect(again).toEqual({ created: false, entry: first.entry });
    expect(await database.current().prisma.selfDescription.count()).toBe(1);
  });

  it("gives one row for parallel identical posts", async () => {
    const { participant, actor } = await hospital();
    const text = credential(participant.did, "urn:ds:2", "Parallel");
    const results = await Promise.all([1, 2, 3].map(() => publishSelfDescription({ actor, text, contentType: "application/ld+json", services: services() })));
    expect(new Set(results.map((r) => r.entry.hash)).size).toBe(1);
    expect(await database.current().prisma.selfDescription.count()).toBe(1);
    expect(await database.current().prisma.auditEvent.count({ where: { action: "self-description.published" } })).toBe(1);
  });

  it("refuses a credential that fails verification or validation, storing nothing", async () => {
    const { participant, actor } = await hospital();
    await expect(
      publishSelfDescription({ actor, text: credential(participant.did, "urn:ds:3", "TAMPERED"), contentType: "application/ld+json", services: services() }),
    ).rejects.toMatchObject({ code: "VERIFICATION_FAILED", message: expect.stringContaining("signature does not match") });
    await expect(
      publishSelfDescription({ actor, text: credential(participant.did, "urn:ds:3", "NO-NAME"), contentType: "application/ld+json", services: services() }),
    ).rejects.toMatchObject({ code: "VALIDATION_FAILED", invalidParams: [{ name: "urn:x gx:name", reason: "name is required" }] });
    expect(await database.current().prisma.selfDescription.count()).toBe(0);
    expect(await database.current().prisma.searchProjection.count()).toBe(0);
    expect(await database.current().prisma.auditEvent.count({ where: { subjectType: "SelfDescription" } })).toBe(0);
  });

  it("refuses another organisation's credential before any verification work", async () => {
    const a = await hospital("Hospital A", "a@a.test");
    const b = await hospital("Hospital B", "b@b.test");
    const stub = services();
    await expect(
      publishSelfDescription({
        actor: b.actor,
        text: credential(a.participant.did, "urn:ds:4", "Not yours"),
        contentType: "application/ld+json",
        services: stub,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(stub.verify).not.toHaveBeenCalled();
    expect(await database.current().prisma.selfDescription.count()).toBe(0);
  });

  it("lets a catalogue admin publish for others only with the audited onBehalf flag", async () => {
    const a = await hospital("Hospital C", "c@c.test");
    const admin = await authenticateBearer({ secret: "x".repeat(40), adminToken: "x".repeat(40) });
    const text = credential(a.participant.did, "urn:ds:5", "On behalf");
    await expect(publishSelfDescription({ actor: admin, text, contentType: "application/ld+json", services: services() })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const published = await publishSelfDescription({ actor: admin, text, contentType: "application/ld+json", services: services(), onBehalf: true });
    expect(published.entry.publishedOnBehalf).toBe(true);
    expect(await database.current().prisma.auditEvent.count({ where: { action: "self-description.published-on-behalf" } })).toBe(1);
  });

  it("adopts a copy harvested from a peer when its issuer publishes it, without a second row or a second verification", async () => {
    const { participant, actor } = await hospital();
    const text = credential(participant.did, "urn:ds:8", "Harvested first");
    const submission = parseSubmission({ text, contentType: "application/ld+json" });
    const stub = services();
    const [verification, validation] = [await stub.verify(submission), await stub.validate(submission)];
    const projection = deriveProjection({ credentials: [submission.document], trustFramework: validation.trustFramework });
    await database
      .current()
      .prisma.selfDescription.create({ data: entryCreateData({ submission, verification, validation, projection, now: new Date(), origin: "PEER" }) });

    const adopted = await publishSelfDescription({ actor, text, contentType: "application/ld+json", services: stub });
    expect(adopted).toMatchObject({ created: false, entry: { hash: submission.hash, origin: "LOCAL" } });
    expect(stub.verify).toHaveBeenCalledTimes(1);
    const row = await database.current().prisma.selfDescription.findUniqueOrThrow({ where: { hash: submission.hash } });
    expect(row).toMatchObject({ origin: "LOCAL", publishedById: participant.id, publishedOnBehalf: false });
    expect(await database.current().prisma.auditEvent.count({ where: { subjectId: submission.hash, action: "self-description.adopted-from-peer" } })).toBe(1);
    expect(await database.current().prisma.selfDescription.count()).toBe(1);
  });

  it("deprecates the previous version for the same subject and issuer and keeps the chain", async () => {
    const { participant, actor } = await hospital();
    const v1 = await publishSelfDescription({
      actor,
      text: credential(participant.did, "urn:ds:6", "Version 1"),
      contentType: "application/ld+json",
      services: services(),
    });
    const v2 = await publishSelfDescription({
      actor,
      text: credential(participant.did, "urn:ds:6", "Version 2"),
      contentType: "application/ld+json",
      services: services(),
    });
    const other = await publishSelfDescription({
      actor,
      text: credential(participant.did, "urn:ds:7", "Other subject"),
      contentType: "application/ld+json",
      services: services(),
    });
    expect(v2.entry.previousHash).toBe(v1.entry.hash);
    const v2Again = await publishSelfDescription({
      actor,
      text: credential(participant.did, "urn:ds:6", "Version 2"),
      contentType: "application/ld+json",
      services: services(),
    });
    expect(v2Again).toEqual({ created: false, entry: v2.entry });
    const rows = await database.current().prisma.selfDescription.findMany({ select: { hash: true, status: true } });
    const status = Object.fromEntries(rows.map((r) => [r.hash, r.status]));
    expect(status).toEqual({ [v1.entry.hash]: "DEPRECATED", [v2.entry.hash]: "ACTIVE", [other.entry.hash]: "ACTIVE" });
  });
});
