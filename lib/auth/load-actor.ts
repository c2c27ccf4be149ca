import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "./actor";

/** The actor for a signed-in user, with every membership. */
export async function loadUserActor(options: { userId: string }): Promise<Actor | null> {
  const user = await db().user.findUnique({
    where: { id: options.userId },
    include: { memberships: { include: { participant: { select: { slug: true } } } } },
  });
  if (!user) return null;
  return {
    kind: "user",
    userId: user.id,
    tokenId: null,
    memberships: user.memberships.map((membership) => ({
      participantId: membership.participantId,
      participantSlug: membership.participant.slug,
      role: membership.role,
    })),
  };
}
