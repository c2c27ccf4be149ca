import "server-only";
import { contractEvents } from "@/lib/contracts/contract-events";
import { callbackForMove } from "./callback-for-move";
import { deliverNegotiationCallback } from "./deliver-negotiation-callback";

export const DSP_CALLBACK_SUBSCRIBER = "dsp-callbacks";

/**
 * Wires the DSP callback delivery to the contract moves: call once where the process starts
 * (instrumentation.ts; tests that exercise callbacks call it themselves). Idempotent. Whether anything
 * is sent is still the operator's choice (DATALOFT_DSP_CALLBACKS), decided at delivery.
 */
export function subscribeDspCallbacks(): () => void {
  return contractEvents.subscribe("contract.moved", DSP_CALLBACK_SUBSCRIBER, async (moved) => {
    const callback = callbackForMove(moved);
    if (callback) await deliverNegotiationCallback({ contractId: moved.contractId, ...callback });
  });
}
