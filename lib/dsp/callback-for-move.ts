import type { ContractMoved } from "@/lib/contracts/contract-events";
import type { CallbackMove } from "./negotiation-callbacks";

// Which committed moves a consumer's connector hears of at its callback address (Dataspace Protocol
// 2024-1: the provider's offer, agreement, finalization and termination), and with which reason.

/** Said for a withdrawal of consent: the connector learns that the negotiation ended, never who withdrew or why. */
export const CONSENT_WITHDRAWN_REASON = "A consent this agreement depended on was withdrawn.";

const PROVIDER_CALLBACK_MOVES: readonly string[] = ["offer", "agree", "finalize", "terminate"] satisfies CallbackMove[];

export function callbackForMove(moved: ContractMoved): { move: CallbackMove; reason?: string } | null {
  if (moved.action === "withdraw-consent") return { move: "terminate", reason: CONSENT_WITHDRAWN_REASON };
  if (moved.role !== "provider" || !PROVIDER_CALLBACK_MOVES.includes(moved.action)) return null;
  return { move: moved.action as CallbackMove, ...(moved.reason ? { reason: moved.reason } : {}) };
}
