import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { transitionContract } from "./transition-contract";

/** The consumer accepts the provider's current offer (OFFERED → ACCEPTED). */
export async function acceptContractOffer(options: { actor: Actor | null; contractId: string; requestId?: string }) {
  return transitionContract({ ...options, action: "accept", prepare: (contract) => ({ message: { offerId: contract.offerId } }) });
}
