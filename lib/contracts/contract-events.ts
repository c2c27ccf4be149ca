import { createEventBus } from "@/lib/events/create-event-bus";
import { logger } from "@/lib/logger";
import type { NegotiationAction, NegotiationRole } from "./negotiation-transitions";

// What lib/contracts announces: each committed move of a negotiation, after its transaction. Who
// reacts is not this folder's business (lib/dsp tells the consumer's connector; see
// lib/dsp/subscribe-dsp-callbacks.ts, wired in instrumentation.ts).

export interface ContractMoved {
  contractId: string;
  action: NegotiationAction;
  role: NegotiationRole;
  /** The reason the moving party stated (termination), when it is theirs to share with the other party. */
  reason?: string;
}

export type ContractEvents = { "contract.moved": ContractMoved };

export const contractEvents = createEventBus<ContractEvents>({
  name: "contracts",
  onError: (error, context) => logger.error("contract event subscriber failed", { ...context, error }),
});
