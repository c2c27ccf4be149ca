import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { transitionContract } from "./transition-contract";

/** Either party ends a negotiation that is not final yet (→ TERMINATED), optionally saying why. */
export async function terminateContract(options: { actor: Actor | null; contractId: string; reason?: string; code?: string; requestId?: string }) {
  return transitionContract({
    actor: options.actor,
    contractId: options.contractId,
    action: "terminate",
    requestId: options.requestId,
    prepare: () => ({ message: { ...(options.reason ? { reason: options.reason } : {}), ...(options.code ? { code: options.code } : {}) } }),
  });
}
