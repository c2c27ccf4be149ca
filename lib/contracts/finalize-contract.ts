import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { transitionContract } from "./transition-contract";

/** The provider finalizes a verified agreement (VERIFIED → FINALIZED). */
export async function finalizeContract(options: { actor: Actor | null; contractId: string; requestId?: string }) {
  return transitionContract({ ...options, action: "finalize" });
}
