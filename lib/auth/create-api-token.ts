import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCanActFor, type Actor } from "./actor";
import { generateSecret, hashSecret } from "./secrets";

export const createApiTokenInput = z.object({
  name: z.string().trim().min(1, "Give the token a name").max(80),
  role: z.enum(["PARTICIPANT_ADMIN", "PARTICIPANT_MEMBER"]).default("PARTICIPANT_MEMBER"),
  expiresInDays: z.coerce.number().int().min(1).max(730).optional(),
});

/** Creates a token for machines acting for a participant. The secret is shown once and stored hashed. */
export async function createApiToken(options: {
  actor: Actor | null;
  participantId: string;
  input: z.input<typeof createApiTokenInput>;
  requestId?: string;
  now?: Date;
}) {
  const actor = assertCanActFor(options.actor, options.participantId, "admin");
  const input = createApiTokenInput.parse(options.input);
  const participant = await db().participant.findUnique({ where: { id: options.participantId } });
  if (!participant) throw new AppError("NOT_FOUND", { message: "No such participant." });
  const { secret, prefix } = generateSecret("token");
  const now = options.now ?? new Date();
  const token = await db().$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        participantId: participant.id,
        name: input.name,
        prefix,
        tokenHash: hashSecret(secret),
        role: input.role,
        createdById: actor.userId,
        expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null,
      },
    });
    await recordAuditEvent(tx, {
      action: "api-token.created",
      subjectType: "ApiToken",
      subjectId: created.id,
      actor,
      actorParticipantId: participant.id,
      detail: { name: input.name, role: input.role },
      requestId: options.requestId,
    });
    return created;
  });
  return { token: serializeApiToken(token), secret };
}

export function serializeApiToken(token: {
  id: string;
  name: string;
  prefix: string;
  role: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}) {
  return {
    id: token.id,
    name: token.name,
    prefix: token.prefix,
    role: token.role,
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt?.toISOString() ?? null,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}
