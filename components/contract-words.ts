import { EHDS_PURPOSES, labelOf } from "@/lib/vocabulary";

// Contract states, moves and timeline events in words, for the contract pages and the citizen's
// consent page. The enum names never reach the screen.

export const STATE_WORDS: Record<string, string> = {
  REQUESTED: "Requested",
  OFFERED: "Counter-offered",
  ACCEPTED: "Offer accepted",
  AGREED: "Agreed and signed",
  VERIFIED: "Verified",
  FINALIZED: "Finalized",
  TERMINATED: "Terminated",
};

/** What each state means for the parties, one sentence. */
export const STATE_EXPLANATIONS: Record<string, string> = {
  REQUESTED: "The consumer asked for access; the provider agrees, makes a counter-offer or terminates.",
  OFFERED: "The provider made a counter-offer; the consumer accepts it, answers with a new request or terminates.",
  ACCEPTED: "The consumer accepted the offer; the provider agrees and signs.",
  AGREED: "The provider signed the agreement; the consumer verifies it.",
  VERIFIED: "The consumer verified the signed agreement; the provider finalizes it.",
  FINALIZED: "The agreement is in force.",
  TERMINATED: "The negotiation or agreement has ended; no access is granted.",
};

export const ACTION_WORDS: Record<string, string> = {
  request: "Answer with a new request",
  offer: "Make a counter-offer",
  accept: "Accept the offer",
  agree: "Agree and sign",
  verify: "Verify the agreement",
  finalize: "Finalize the agreement",
  terminate: "Terminate",
};

/** Timeline events: what the party (or a citizen) did. */
export const EVENT_WORDS: Record<string, string> = {
  request: "requested access",
  offer: "made a counter-offer",
  accept: "accepted the offer",
  agree: "signed the agreement",
  verify: "verified the agreement",
  finalize: "finalized the agreement",
  terminate: "terminated the negotiation",
  "withdraw-consent": "withdrew consent, which ended the agreement",
  "consent.granted": "granted consent",
  "consent.refused": "refused consent",
  "consent.withdrawn": "withdrew consent",
  "callback.offer": "sent the counter-offer to the consumer's connector",
  "callback.agree": "sent the agreement to the consumer's connector",
  "callback.finalize": "told the consumer's connector that the agreement is final",
  "callback.terminate": "told the consumer's connector that the negotiation ended",
};

export const CONSENT_STATUS_WORDS: Record<string, string> = {
  PENDING: "Waiting for your decision",
  GRANTED: "Granted",
  REFUSED: "Refused",
  WITHDRAWN: "Withdrawn",
};

export function stateWords(state: string): string {
  return STATE_WORDS[state] ?? state.toLowerCase();
}

export function purposeWords(purpose: string): string {
  return labelOf(EHDS_PURPOSES, purpose);
}

/** [id, words] of the purposes an offer permits (all the catalogue knows when it names none). */
export function purposeOptions(allowed: readonly string[]): (readonly [string, string])[] {
  return EHDS_PURPOSES.filter(({ id }) => !allowed.length || allowed.includes(id)).map(({ id, label }) => [id, label.en] as const);
}

export function durationWords(days: number | null): string {
  return days === null ? "no duration stated" : `${days} day${days === 1 ? "" : "s"}`;
}

/** The next step for the viewer, in words: their own moves (termination aside), else whom they wait for. */
export function nextStepWords(contract: { state: string; roles: string[]; nextActions: Partial<Record<string, string[]>> }): string {
  const own = contract.roles.flatMap((role) => contract.nextActions[role] ?? []).filter((action) => action !== "terminate");
  if (own.length) return [...new Set(own)].map((action) => ACTION_WORDS[action] ?? action).join(" or ");
  if (contract.state === "FINALIZED" || contract.state === "TERMINATED") return "Nothing left to do";
  return contract.roles.includes("provider") ? "Waiting for the consumer" : "Waiting for the provider";
}

export function formatTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
