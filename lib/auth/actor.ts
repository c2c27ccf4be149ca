import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/generated/prisma/enums";

// Who is acting: a signed-in person, a participant's API token, or the bootstrap admin token.

export interface ActorMembership {
  participantId: string;
  participantSlug: string;
  role: Role;
}

export interface Actor {
  kind: "user" | "api-token" | "admin-token";
  userId: string | null;
  tokenId: string | null;
  memberships: ActorMembership[];
}

export function isCatalogueAdmin(actor: Actor): boolean {
  return actor.memberships.some((membership) => membership.role === "CATALOGUE_ADMIN");
}

const ADMIN_ROLES: readonly Role[] = ["PARTICIPANT_ADMIN"];
const MEMBER_ROLES: readonly Role[] = ["PARTICIPANT_ADMIN", "PARTICIPANT_MEMBER", "CITIZEN"];

/**
 * Refuses unless the actor may act for the participant with one of the given roles. Catalogue admins
 * may act for anyone (their actions are audited as such).
 */
export function assertCanActFor(actor: Actor | null, participantId: string, level: "admin" | "member"): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", { message: "Sign in or send a Bearer token." });
  if (isCatalogueAdmin(actor)) return actor;
  const roles = level === "admin" ? ADMIN_ROLES : MEMBER_ROLES;
  const allowed = actor.memberships.some((membership) => membership.participantId === participantId && roles.includes(membership.role));
  if (!allowed) {
    throw new AppError("FORBIDDEN", {
      message: level === "admin" ? "Only an administrator of this organisation may do this." : "You do not act for this organisation.",
    });
  }
  return actor;
}

export function assertCatalogueAdmin(actor: Actor | null): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", { message: "Sign in or send a Bearer token." });
  if (!isCatalogueAdmin(actor)) throw new AppError("FORBIDDEN", { message: "Only catalogue administrators may do this." });
  return actor;
}
