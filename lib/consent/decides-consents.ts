import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

/** Whether the actor decides consents: a citizen, or an organisation some citizen named as data trustee. */
export async function decidesConsents(options: { actor: Actor }): Promise<boolean> {
  if (options.actor.memberships.some((membership) => membership.role === "CITIZEN")) return true;
  const participantIds = options.actor.memberships.map((membership) => membership.participantId);
  if (participantIds.length === 0) return false;
  return (await db().consent.count({ where: { trusteeParticipantId: { in: participantIds } }, take: 1 })) > 0;
}
