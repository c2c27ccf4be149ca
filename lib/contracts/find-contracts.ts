import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { assertCanActFor, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { contractInclude, serializeContract } from "./serialize-contract";

export const findContractsQuery = z.object({
  /** provider: the inbox; consumer: the outbox; both when left out. */
  role: z.enum(["provider", "consumer"]).optional(),
  state: z.enum(["REQUESTED", "OFFERED", "ACCEPTED", "AGREED", "VERIFIED", "FINALIZED", "TERMINATED"]).optional(),
  /** The organisation to list for; default: every organisation the actor acts for. */
  participantId: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** The contracts of the organisations the actor acts for, newest first. */
export async function findContracts(options: { actor: Actor | null; query?: z.input<typeof findContractsQuery> }) {
  const query = findContractsQuery.parse(options.query ?? {});
  if (!options.actor) throw new AppError("UNAUTHENTICATED", { message: "Sign in or send a Bearer token." });
  const actor = options.actor;
  const participantIds = query.participantId
    ? [assertCanActFor(actor, query.participantId, "member") && query.participantId]
    : actor.memberships.map((membership) => membership.participantId);
  const sides = [
    ...(query.role !== "consumer" ? [{ providerParticipantId: { in: participantIds } }] : []),
    ...(query.role !== "provider" ? [{ consumerParticipantId: { in: participantIds } }] : []),
  ];
  const rows = await db().contractRequest.findMany({
    where: { OR: sides, ...(query.state ? { state: query.state } : {}) },
    orderBy: { updatedAt: "desc" },
    take: query.limit,
    include: contractInclude,
  });
  return {
    items: rows.map((row) =>
      serializeContract(row, {
        roles: [
          ...(participantIds.includes(row.providerParticipantId) ? ["provider" as const] : []),
          ...(row.consumerParticipantId && participantIds.includes(row.consumerParticipantId) ? ["consumer" as const] : []),
        ],
      }),
    ),
  };
}
