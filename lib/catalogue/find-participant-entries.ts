import "server-only";
import { db } from "@/lib/db";
import { assertCanActFor, type Actor } from "@/lib/auth/actor";

/** The entries a participant published, every lifecycle state, newest first (organisation page). */
export async function findParticipantEntries(options: { actor: Actor | null; participantId: string; limit?: number }) {
  assertCanActFor(options.actor, options.participantId, "member");
  const rows = await db().selfDescription.findMany({
    where: { publishedById: options.participantId },
    orderBy: { createdAt: "desc" },
    take: Math.min(options.limit ?? 50, 200),
    select: { hash: true, status: true, format: true, createdAt: true, projection: { select: { title: true } }, verification: { select: { verified: true } } },
  });
  return rows.map((row) => ({
    hash: row.hash,
    title: row.projection?.title ?? row.hash.slice(0, 12),
    status: row.status,
    format: row.format,
    verified: row.verification?.verified ?? false,
    createdAt: row.createdAt.toISOString(),
  }));
}
