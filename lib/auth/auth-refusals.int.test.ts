import { describe, expect, it } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { signUpParticipant } from "@/lib/participants/sign-up-participant";
import { inviteMember } from "@/lib/participants/invite-member";
import { acceptInvitation } from "@/lib/participants/accept-invitation";
import { authenticateCredentials } from "./authenticate-credentials";
import { createSession, endSession, findLiveSession } from "./sessions";
import { createApiToken } from "./create-api-token";
import { revokeApiToken } from "./revoke-api-token";
import { authenticateBearer } from "./authenticate-bearer";
import { loadUserActor } from "./load-actor";

const PUBLIC_URL = "http://localhost:3000";
const PASSWORD = "a long enough password";

async function organisation(legalName: string, email: string) {
  const { participant, user } = await signUpParticipant({ input: { legalName, name: "Admin", email, password: PASSWORD }, publicUrl: PUBLIC_URL });
  const actor = await loadUserActor({ userId: user.id });
  if (!actor) throw new Error("actor missing");
  return { participant, user, actor };
}

describe.each(testDatabaseTargets())("sign-in and authorisation on $name", (target) => {
  const database = withTestDatabase(target);

  it("signs a participant up atomically with its admin, DID and audit row", async () => {
    const { participant, actor } = await organisation("Universitätsklinikum Test", "admin@klinik.example");
    expect(participant.did).toBe("did:web:localhost%3A3000:participants:universitatsklinikum-test");
    expect(actor.memberships).toEqual([{ participantId: participant.id, participantSlug: participant.slug, role: "PARTICIPANT_ADMIN" }]);
    const audit = await database.current().prisma.auditEvent.findMany({ where: { subjectId: participant.id } });
    expect(audit.map((event) => event.action)).toEqual(["participant.signed-up"]);
  });

  it("refuses a second sign-up with the same e-mail and stores nothing of it", async () => {
    await organisation("First GmbH", "dup@example.org");
    await expect(organisation("Second GmbH", "DUP@example.org")).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await database.current().prisma.participant.count()).toBe(1);
  });

  it("refuses a wrong password and an unknown e-mail alike", async () => {
    await organisation("Pw GmbH", "pw@example.org");
    expect(await authenticateCredentials({ email: "pw@example.org", password: PASSWORD })).toMatchObject({ email: "pw@example.org" });
    expect(await authenticateCredentials({ email: "pw@example.org", password: "wrong password!!" })).toBeNull();
    expect(await authenticateCredentials({ email: "nobody@example.org", password: PASSWORD })).toBeNull();
  });

  it("refuses an expired session and a signed-out one", async () => {
    const { user } = await organisation("Session GmbH", "s@example.org");
    const start = new Date("2026-01-01T10:00:00Z");
    const { sessionToken } = await createSession({ userId: user.id, maxAgeSeconds: 3600, now: start });
    expect(await findLiveSession({ sessionToken, now: new Date("2026-01-01T10:59:00Z") })).not.toBeNull();
    expect(await findLiveSession({ sessionToken, now: new Date("2026-01-01T11:00:01Z") })).toBeNull();

    const second = await createSession({ userId: user.id, maxAgeSeconds: 3600 });
    expect(await findLiveSession({ sessionToken: second.sessionToken })).not.toBeNull();
    await endSession({ sessionToken: second.sessionToken });
    expect(await findLiveSession({ sessionToken: second.sessionToken })).toBeNull();
  });

  it("accepts a live API token, records its use, and refuses it once revoked", async () => {
    const { participant, actor } = await organisation("Token GmbH", "t@example.org");
    const { secret, token } = await createApiToken({ actor, participantId: participant.id, input: { name: "pipeline" } });
    expect(secret.startsWith(`dlt_${token.prefix}_`)).toBe(true);
    const stored = await database.current().prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(stored.tokenHash).not.toContain(secret.slice(-10));

    const machine = await authenticateBearer({ secret });
    expect(machine).toMatchObject({ kind: "api-token", tokenId: token.id, memberships: [{ participantId: participant.id, role: "PARTICIPANT_MEMBER" }] });
    expect((await database.current().prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).not.toBeNull();

    await revokeApiToken({ actor, tokenId: token.id });
    await expect(authenticateBearer({ secret })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(authenticateBearer({ secret: "dlt_00000000_made-up-secret-value" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("refuses an expired API token", async () => {
    const { participant, actor } = await organisation("Expiry GmbH", "e@example.org");
    const { secret } = await createApiToken({ actor, participantId: participant.id, input: { name: "short", expiresInDays: 1 } });
    await expect(authenticateBearer({ secret, now: new Date(Date.now() + 2 * 86_400_000) })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("refuses a member acting for another organisation, and changes nothing", async () => {
    const a = await organisation("Hospital A", "a@example.org");
    const b = await organisation("Hospital B", "b@example.org");
    await expect(createApiToken({ actor: b.actor, participantId: a.participant.id, input: { name: "intruder" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      inviteMember({ actor: b.actor, participantId: a.participant.id, input: { email: "x@example.org" }, publicUrl: PUBLIC_URL }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { secret } = await createApiToken({ actor: b.actor, participantId: b.participant.id, input: { name: "b's own", role: "PARTICIPANT_ADMIN" } });
    const bMachine = await authenticateBearer({ secret });
    await expect(createApiToken({ actor: bMachine, participantId: a.participant.id, input: { name: "via token" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await database.current().prisma.apiToken.count({ where: { participantId: a.participant.id } })).toBe(0);
    expect(await database.current().prisma.invitation.count()).toBe(0);
  });

  it("lets an invited member join once, without administrator rights", async () => {
    const a = await organisation("Institute A", "admin@institute.example");
    const { link } = await inviteMember({
      actor: a.actor,
      participantId: a.participant.id,
      input: { email: "member@institute.example" },
      publicUrl: PUBLIC_URL,
    });
    const secret = link.split("/").pop() ?? "";
    const { user } = await acceptInvitation({ secret, input: { name: "New Member", password: PASSWORD } });
    await expect(acceptInvitation({ secret, input: { name: "Again", password: PASSWORD } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const member = await loadUserActor({ userId: user.id });
    expect(member?.memberships).toEqual([{ participantId: a.participant.id, participantSlug: a.participant.slug, role: "PARTICIPANT_MEMBER" }]);
    await expect(createApiToken({ actor: member, participantId: a.participant.id, input: { name: "not allowed" } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("refuses anonymous callers and lets the bootstrap admin token act for anyone", async () => {
    const a = await organisation("Anyone AG", "any@example.org");
    await expect(createApiToken({ actor: null, participantId: a.participant.id, input: { name: "anon" } })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const adminToken = "bootstrap-admin-token-of-at-least-32-chars";
    const admin = await authenticateBearer({ secret: adminToken, adminToken });
    expect(admin.kind).toBe("admin-token");
    const { token } = await createApiToken({ actor: admin, participantId: a.participant.id, input: { name: "by operator" } });
    expect(token.name).toBe("by operator");
    await expect(authenticateBearer({ secret: `${adminToken}x`, adminToken })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
