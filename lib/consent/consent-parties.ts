import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { actsFor } from "@/lib/contracts/contract-role";

// Consent is personal: only the citizen, or the data trustee registered for the data, decides —
// catalogue administrators included, nobody else does.

export function participantsActingFor(actor: Actor | null): string[] {
  if (!actor) throw new AppError("UNAUTHENTICATED", { message: "Sign in or send a Bearer token." });
  return [...new Set(actor.memberships.filter((membership) => actsFor(actor, membership.participantId)).map((membership) => membership.participantId))];
}

/** The participant deciding (the citizen, else the trustee), or NOT_FOUND for anyone else. */
export function decidingParticipant(actor: Actor | null, consent: { citizenParticipantId: string; trusteeParticipantId: string | null }): string {
  if (!actor) throw new AppError("UNAUTHENTICATED", { message: "Sign in or send a Bearer token." });
  if (actsFor(actor, consent.citizenParticipantId)) return consent.citizenParticipantId;
  if (actsFor(actor, consent.trusteeParticipantId)) return consent.trusteeParticipantId!;
  throw new AppError("NOT_FOUND", { message: "No such consent." });
}
