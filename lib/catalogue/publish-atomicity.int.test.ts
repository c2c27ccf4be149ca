import { describe, expect, it } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { unsignedHealthDataset } from "@/test/support/health-credential";
import { db } from "@/lib/db";
import { signUpParticipant } from "@/lib/participants/sign-up-participant";
import { generateParticipantKey } from "@/lib/participants/generate-participant-key";
import { signWithParticipantKey } from "@/lib/participants/sign-with-participant-key";
import { loadUserActor } from "@/lib/auth/load-actor";
import { publishSelfDescription } from "./publish-self-description";
import { getContextLoader, getPipelineServices } from "@/lib/wiring/services";

// A publish that dies at its very last write (the audit row) must leave nothing behind: the failure is
// forced inside the database by a trigger, as a crash between statements would interrupt it.

const keyEncryptionKey = new Uint8Array(32).fill(7);

describe.each(testDatabaseTargets())("publishing is atomic on $name", (target) => {
  const database = withTestDatabase(target);

  it("stores the whole entry or nothing, and the same document publishes once the fault is gone", async () => {
    const { participant, user } = await signUpParticipant({
      input: { legalName: "Atomic Klinik", name: "A", email: "a@atomic.test", password: "a long enough password" },
      publicUrl: "http://localhost:3000",
    });
    await generateParticipantKey({ prisma: db(), participant, algorithm: "Ed25519", keyEncryptionKey });
    const actor = await loadUserActor({ userId: user.id });
    const signed = await signWithParticipantKey({
      actor,
      participantId: participant.id,
      document: unsignedHealthDataset({ title: "Atomic dataset", description: "x" }),
      format: "eddsa-rdfc-2022",
      documentLoader: await getContextLoader(),
      keyEncryptionKey,
    });
    const text = JSON.stringify(signed);

    await database.current().sql.exec(`
      CREATE FUNCTION fail_publish_audit() RETURNS trigger AS $$
      BEGIN IF NEW.action = 'self-description.published' THEN RAISE EXCEPTION 'simulated crash at the last write'; END IF; RETURN NEW; END;
      $$ LANGUAGE plpgsql;
      CREATE TRIGGER fail_publish_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION fail_publish_audit();`);
    await expect(
      publishSelfDescription({ actor, text, contentType: "application/ld+json", services: await getPipelineServices({ budget: "background" }) }),
    ).rejects.toThrow(/simulated crash/);
    const prisma = database.current().prisma;
    expect([
      await prisma.selfDescription.count(),
      await prisma.searchProjection.count(),
      await prisma.verificationResult.count(),
      await prisma.validationReport.count(),
    ]).toEqual([0, 0, 0, 0]);

    await database.current().sql.exec(`DROP TRIGGER fail_publish_audit ON "AuditEvent"; DROP FUNCTION fail_publish_audit();`);
    const { created, entry } = await publishSelfDescription({
      actor,
      text,
      contentType: "application/ld+json",
      services: await getPipelineServices({ budget: "background" }),
    });
    expect(created).toBe(true);
    expect(entry.verification?.verified).toBe(true);
    expect(await prisma.selfDescription.count()).toBe(1);
  });
});
