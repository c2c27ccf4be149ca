import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertCanActFor, isCatalogueAdmin, type Actor } from "@/lib/auth/actor";
import { serializeApiToken } from "@/lib/auth/create-api-token";

/** Everything the organisation page shows; administrative parts only for administrators. */
export async function getOrganisationOverview(options: { actor: Actor | null; slug: string }) {
  const participant = await db().participant.findUnique({ where: { slug: options.slug } });
  if (!participant) throw new AppError("NOT_FOUND", { message: `No participant "${options.slug}".` });
  const actor = assertCanActFor(options.actor, participant.id, "member");
  const canAdminister = isCatalogueAdmin(actor) || actor.memberships.some((m) => m.participantId === participant.id && m.role === "PARTICIPANT_ADMIN");

  const [members, keys, invitations, tokens, entries] = await Promise.all([
    db().membership.findMany({
      where: { participantId: participant.id },
      include: { user: { select: { email: true, name: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db().participantKey.findMany({
      where: { participantId: participant.id },
      select: { id: true, keyId: true, algorithm: true, status: true, createdAt: true, retiredAt: true },
      orderBy: { createdAt: "asc" },
    }),
    canAdminister
      ? db().invitation.findMany({ where: { participantId: participant.id, acceptedAt: null, revokedAt: null }, orderBy: { createdAt: "desc" } })
      : Promise.resolve([]),
    canAdminister ? db().apiToken.findMany({ where: { participantId: participant.id }, orderBy: { createdAt: "desc" } }) : Promise.resolve([]),
    db().selfDescription.count({ where: { publishedById: participant.id } }),
  ]);

  return {
    participant,
    canAdminister,
    members: members.map((m) => ({ id: m.id, email: m.user.email, name: m.user.name, role: m.role })),
    keys,
    invitations: invitations.map((i) => ({ id: i.id, email: i.email, role: i.role, expiresAt: i.expiresAt })),
    tokens: tokens.map(serializeApiToken),
    entryCount: entries,
  };
}
