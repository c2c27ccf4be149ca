import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "./actor";
import { constantTimeEquals, hashSecret } from "./secrets";

const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The actor for an `Authorization: Bearer …` secret. Unknown, revoked and expired tokens are refused
 * with the same 401, so a caller learns nothing about which tokens exist.
 */
export async function authenticateBearer(options: { secret: string; adminToken?: string; now?: Date }): Promise<Actor> {
  const now = options.now ?? new Date();
  if (options.adminToken && constantTimeEquals(options.secret, options.adminToken)) {
    const operator = await db().membership.findFirst({
      where: { role: "CATALOGUE_ADMIN" },
      include: { participant: { select: { slug: true } } },
    });
    return {
      kind: "admin-token",
      userId: null,
      tokenId: null,
      memberships: [
        {
          participantId: operator?.participantId ?? "operator",
          participantSlug: operator?.participant.slug ?? "operator",
          role: "CATALOGUE_ADMIN",
        },
      ],
    };
  }
  const token = await db().apiToken.findUnique({
    where: { tokenHash: hashSecret(options.secret) },
    include: { participant: { select: { slug: true } } },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) {
    throw new AppError("UNAUTHENTICATED", { message: "The API token is unknown, revoked or expired." });
  }
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return {
    kind: "api-token",
    userId: null,
    tokenId: token.id,
    memberships: [{ participantId: token.participantId, participantSlug: token.participant.slug, role: token.role }],
  };
}
