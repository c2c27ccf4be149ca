import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applyContractTransition, lockContractState } from "@/lib/contracts/apply-contract-transition";
import { decideConsent } from "./decide-consent";
import { contractEvents } from "@/lib/contracts/contract-events";

/**
 * The citizen (or trustee) withdraws a granted consent (GDPR Art. 7(3)). In the same transaction the
 * dependent contract is terminated, whatever its state — pending, AGREED, VERIFIED or FINALIZED —
 * with its event and audit row: without the consent there is no legal basis left for it.
 */
export async function withdrawConsent(options: { actor: Actor | null; consentId: string; reason?: string; requestId?: string }) {
  let terminated: string | null = null;
  const decided = await decideConsent({
    ...options,
    decision: {
      from: "GRANTED",
      to: "WITHDRAWN",
      alongside: async (tx, consent, deciderId) => {
        if (!consent.contractRequestId) return;
        if ((await lockContractState(tx, consent.contractRequestId)) === "TERMINATED") return;
        await applyContractTransition(tx, {
          contractId: consent.contractRequestId,
          action: "withdraw-consent",
          role: "citizen",
          actor: options.actor,
          actorParticipantId: deciderId,
          message: { consentId: consent.id, ...(options.reason ? { reason: options.reason } : {}) },
          requestId: options.requestId,
        });
        terminated = consent.contractRequestId;
      },
    },
  });
  // Announced without the citizen's reason: the other parties learn that the contract ended, never who withdrew or why.
  if (terminated) await contractEvents.emit("contract.moved", { contractId: terminated, action: "withdraw-consent", role: "citizen" });
  return decided;
}
