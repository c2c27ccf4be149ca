import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCanActFor, type Actor } from "@/lib/auth/actor";
import { generateSecret, hashSecret } from "@/lib/auth/secrets";

export const inviteMemberInput = z.object({
  email: z.email("Enter a valid e-mail address").transform((email) => email.toLowerCase()),
  role: z.enum(["PARTICIPANT_ADMIN", "PARTICIPANT_MEMBER"]).default("PARTICIPANT_MEMBER"),
});

const INVITATION_DAYS = 7;

/**
 * Invites a person to an organisation. The returned link carries the only copy of the secret; the portal
 * sends no e-mail itself (the administrator passes the link on).
 */
export async function inviteMember(options: {
  actor: Actor | null;
  participantId: string;
  input: z.input<typeof inviteMemberInput>;
  publicUrl: string;
  requestId?: string;
  now?: Date;
}) {
  const actor = assertCanActFor(options.actor, options.participantId, "admin");
  const input = inviteMemberInput.parse(options.input);
  const { secret } = generateSecret("invitation");
  const now = options.now ?? new Date();
  const invitation = await db().$transaction(async (tx) => {
    const created = await tx.invitation.create({
      data: {
        participantId: options.participantId,
        email: input.email,
        role: input.role,
        tokenHash: hashSecret(secret),
        invitedById: actor.userId,
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
      },
    });
    await recordAuditEvent(tx, {
      action: "invitation.created",
      subjectType: "Invitation",
      subjectId: created.id,
      actor,
      actorParticipantId: options.participantId,
      detail: { email: input.email, role: input.role },
      requestId: options.requestId,
    });
    return created;
  });
  return { invitation, link: `${options.publicUrl}/invitations/${secret}` };
}
