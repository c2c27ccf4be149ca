import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { hashSecret } from "@/lib/auth/secrets";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";

export const acceptInvitationInput = z.object({
  name: z.string().trim().min(1, "Enter your name").max(200),
  password: z.string().min(12, "Use at least 12 characters").max(256),
});

export async function findOpenInvitation(options: { secret: string; now?: Date }) {
  const now = options.now ?? new Date();
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: hashSecret(options.secret) },
    include: { participant: { select: { legalName: true, slug: true } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now) return null;
  return invitation;
}

/**
 * Accepts an invitation: creates the user (or, for an existing account, checks its password) and the
 * membership, once. A used, revoked or expired invitation is refused.
 */
export async function acceptInvitation(options: { secret: string; input: z.input<typeof acceptInvitationInput>; now?: Date }) {
  const invitation = await findOpenInvitation(options);
  if (!invitation) throw new AppError("NOT_FOUND", { message: "This invitation is unknown, used or expired." });
  const input = acceptInvitationInput.parse(options.input);
  const existing = await db().user.findUnique({ where: { email: invitation.email } });
  if (existing?.passwordHash && !(await verifyPassword(input.password, existing.passwordHash))) {
    throw new AppError("FORBIDDEN", {
      message: "An account with this e-mail exists: enter its password to join.",
      invalidParams: [{ name: "password", reason: "does not match the existing account" }],
    });
  }
  const passwordHash = existing ? null : await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    // Claimed atomically: a second, parallel acceptance updates nothing and fails.
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null },
      data: { acceptedAt: options.now ?? new Date() },
    });
    if (claimed.count !== 1) throw new AppError("CONFLICT", { message: "This invitation was just used." });
    const user = existing ?? (await tx.user.create({ data: { email: invitation.email, name: input.name, passwordHash } }));
    await tx.membership.upsert({
      where: { userId_participantId: { userId: user.id, participantId: invitation.participantId } },
      create: { userId: user.id, participantId: invitation.participantId, role: invitation.role },
      update: { role: invitation.role },
    });
    await recordAuditEvent(tx, {
      action: "invitation.accepted",
      subjectType: "Invitation",
      subjectId: invitation.id,
      actor: { kind: "user", userId: user.id, tokenId: null, memberships: [] },
      actorParticipantId: invitation.participantId,
      requestId: null,
    });
    return { user, participantSlug: invitation.participant.slug };
  });
}
