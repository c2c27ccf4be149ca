import { isCatalogueAdmin, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { rolesFor, type NegotiationAction, type NegotiationRole } from "./negotiation-transitions";

// Which side of a contract the actor is on. Someone on neither side learns nothing (404); catalogue
// admins may act for either side (audited as themselves).

export const ACTING_ROLES: readonly string[] = ["PARTICIPANT_ADMIN", "PARTICIPANT_MEMBER", "CITIZEN"];

export interface ContractParties {
  providerParticipantId: string;
  consumerParticipantId: string | null;
}

export function actsFor(actor: Actor, participantId: string | null): boolean {
  return !!participantId && actor.memberships.some((membership) => membership.participantId === participantId && ACTING_ROLES.includes(membership.role));
}

export function contractRolesOf(actor: Actor | null, contract: ContractParties): ("provider" | "consumer")[] {
  if (!actor) throw new AppError("UNAUTHENTICATED", { message: "Sign in or send a Bearer token." });
  if (isCatalogueAdmin(actor)) return ["provider", "consumer"];
  const roles: ("provider" | "consumer")[] = [];
  if (actsFor(actor, contract.providerParticipantId)) roles.push("provider");
  if (actsFor(actor, contract.consumerParticipantId)) roles.push("consumer");
  if (!roles.length) throw new AppError("NOT_FOUND", { message: "No such contract." });
  return roles;
}

/** The role the actor plays for this action: the one the action needs if the actor holds it. */
export function roleForAction(
  actor: Actor | null,
  contract: ContractParties,
  action: NegotiationAction,
): { role: NegotiationRole; participantId: string | null } {
  const roles = contractRolesOf(actor, contract);
  const role = roles.find((candidate) => rolesFor(action).includes(candidate)) ?? roles[0]!;
  return { role, participantId: role === "provider" ? contract.providerParticipantId : contract.consumerParticipantId };
}
