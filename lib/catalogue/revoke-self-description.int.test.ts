import { describe, expect, it } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { createTestEntry } from "@/test/support/catalogue-factory";
import { signUpParticipant } from "@/lib/participants/sign-up-participant";
import { loadUserActor } from "@/lib/auth/load-actor";
import { revokeSelfDescription } from "./revoke-self-description";
import { getSelfDescription, getSelfDescriptionVersions } from "./get-self-description";

describe.each(testDatabaseTargets())("entry lifecycle on $name", (target) => {
  const database = withTestDatabase(target);

  async function organisation(name: string, email: string) {
    const { participant, user } = await signUpParticipant({
      input: { legalName: name, name: "A", email, password: "a long enough password" },
      publicUrl: "http://localhost:3000",
    });
    return { participant, actor: await loadUserActor({ userId: user.id }) };
  }

  it("lets the issuer's admin revoke, terminally and audited; others are refused", async () => {
    const issuer = await organisation("Issuer GmbH", "i@i.test");
    const other = await organisation("Other GmbH", "o@o.test");
    const { hash } = await createTestEntry(database.current(), { "gx:name": "Revocable" }, { issuerDid: issuer.participant.did });

    await expect(revokeSelfDescription({ actor: other.actor, hash })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(revokeSelfDescription({ actor: null, hash })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await getSelfDescription({ hash })).entry.status).toBe("ACTIVE");

    const revoked = await revokeSelfDescription({ actor: issuer.actor, hash, reason: "dataset withdrawn" });
    expect(revoked.status).toBe("REVOKED");
    const again = await revokeSelfDescription({ actor: issuer.actor, hash });
    expect(again.status).toBe("REVOKED");
    const audit = await database.current().prisma.auditEvent.findMany({ where: { subjectId: hash, action: "self-description.revoked" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.detail).toMatchObject({ reason: "dataset withdrawn", previousStatus: "ACTIVE" });
  });

  it("answers NOT_FOUND for an unknown or malformed hash", async () => {
    await expect(getSelfDescription({ hash: "0".repeat(64) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSelfDescription({ hash: "../../etc/passwd" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("walks the version chain from any version", async () => {
    const db = database.current();
    const v1 = await createTestEntry(db, { "gx:name": "V1" }, { status: "DEPRECATED", createdAt: new Date("2026-01-01") });
    const v2 = await createTestEntry(db, { "gx:name": "V2" }, { createdAt: new Date("2026-02-01") });
    await db.prisma.selfDescription.update({ where: { hash: v2.hash }, data: { previousHash: v1.hash } });
    const fromOld = await getSelfDescriptionVersions({ hash: v1.hash });
    const fromNew = await getSelfDescriptionVersions({ hash: v2.hash });
    expect(fromOld.items.map((v) => v.title)).toEqual(["V2", "V1"]);
    expect(fromNew).toEqual(fromOld);
  });
});
