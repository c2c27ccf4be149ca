import type { ContractState } from "@/lib/generated/prisma/enums";

// The contract negotiation state machine of the Dataspace Protocol (2024-1), in one table: who may
// make which move from which state. INITIAL stands for "no negotiation yet".
//
// One addition to the protocol: a citizen's withdrawal of consent (GDPR Art. 7(3)) ends the legal
// basis of every agreement that depends on it, so it terminates the negotiation from any state but
// TERMINATED — FINALIZED included, which the protocol itself treats as final.

export type NegotiationState = ContractState | "INITIAL";
export type NegotiationRole = "provider" | "consumer" | "citizen";
export type NegotiationAction = "request" | "offer" | "accept" | "agree" | "verify" | "finalize" | "terminate" | "withdraw-consent";

export const NEGOTIATION_STATES: readonly NegotiationState[] = ["INITIAL", "REQUESTED", "OFFERED", "ACCEPTED", "AGREED", "VERIFIED", "FINALIZED", "TERMINATED"];
export const NEGOTIATION_ROLES: readonly NegotiationRole[] = ["provider", "consumer", "citizen"];
export const NEGOTIATION_ACTIONS: readonly NegotiationAction[] = ["request", "offer", "accept", "agree", "verify", "finalize", "terminate", "withdraw-consent"];

const NON_FINAL: NegotiationState[] = ["REQUESTED", "OFFERED", "ACCEPTED", "AGREED", "VERIFIED"];

interface Move {
  role: NegotiationRole;
  from: readonly NegotiationState[];
  to: ContractState;
  /** Sentence for the refusal message and the UI. */
  says: string;
}

const MOVES: Record<NegotiationAction, Move> = {
  request: { role: "consumer", from: ["INITIAL", "OFFERED"], to: "REQUESTED", says: "request a contract (or answer an offer with a new request)" },
  offer: { role: "provider", from: ["REQUESTED"], to: "OFFERED", says: "send a (counter-)offer" },
  accept: { role: "consumer", from: ["OFFERED"], to: "ACCEPTED", says: "accept the offer" },
  agree: { role: "provider", from: ["REQUESTED", "ACCEPTED"], to: "AGREED", says: "agree and sign the agreement" },
  verify: { role: "consumer", from: ["AGREED"], to: "VERIFIED", says: "verify the agreement" },
  finalize: { role: "provider", from: ["VERIFIED"], to: "FINALIZED", says: "finalize the agreement" },
  terminate: { role: "provider", from: NON_FINAL, to: "TERMINATED", says: "terminate the negotiation" },
  "withdraw-consent": { role: "citizen", from: [...NON_FINAL, "FINALIZED"], to: "TERMINATED", says: "withdraw consent" },
};

/** Who may terminate: either party. Kept apart from MOVES so that each move has one role. */
const ALSO_ALLOWED: Partial<Record<NegotiationAction, NegotiationRole[]>> = { terminate: ["consumer"] };

export function rolesFor(action: NegotiationAction): NegotiationRole[] {
  return [MOVES[action].role, ...(ALSO_ALLOWED[action] ?? [])];
}

export type TransitionCheck = { allowed: true; to: ContractState } | { allowed: false; kind: "role" | "state"; reason: string };

export function checkTransition(options: { state: NegotiationState; action: NegotiationAction; role: NegotiationRole }): TransitionCheck {
  const move = MOVES[options.action];
  if (!rolesFor(options.action).includes(options.role)) {
    return { allowed: false, kind: "role", reason: `The ${options.role} cannot ${move.says}: only the ${rolesFor(options.action).join(" or ")} can.` };
  }
  if (!move.from.includes(options.state)) {
    const state = options.state === "INITIAL" ? "before a negotiation exists" : `in state ${options.state}`;
    return { allowed: false, kind: "state", reason: `Cannot ${move.says} ${state}; possible from ${move.from.join(", ")}.` };
  }
  return { allowed: true, to: move.to };
}

/** The moves a role can make next from a state (for the UI's "next action"). */
export function nextActions(options: { state: NegotiationState; role: NegotiationRole }): NegotiationAction[] {
  return NEGOTIATION_ACTIONS.filter((action) => checkTransition({ ...options, action }).allowed);
}

export function isFinalState(state: NegotiationState): boolean {
  return state === "FINALIZED" || state === "TERMINATED";
}
