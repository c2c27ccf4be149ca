import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { participantsActingFor } from "./consent-parties";
import { consentInclude, serializeConsent } from "./serialize-consent";

export const findConsentsQuery = z.object({
  status: z.enum(["PENDING", "GRANTED", "REFUSED", "WITHDRAWN"]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

/** Every request and agreement touching the data of the citizens the actor acts for (as citizen or trustee), newest first. */
export async function findConsents(options: { actor: Actor | null; query?: z.input<typeof findConsentsQuery> }) {
  const query = findConsentsQuery.parse(options.query ?? {});
  const participantIds = participantsActingFor(options.actor);
  const rows = await db().consent.findMany({
    where: {
      OR: [{ citizenParticipantId: { in: participantIds } }, { trusteeParticipantId: { in: participantIds } }],
      ...(query.status ? { status: query.status } : {}),
    },
    orderBy: { createdAt: "desc" },
    take: query.limit,
    include: consentInclude,
  });
  return { items: rows.map(serializeConsent) };
}
