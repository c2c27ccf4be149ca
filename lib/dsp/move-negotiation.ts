import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { acceptContractOffer } from "@/lib/contracts/accept-contract-offer";
import { finalizeContract } from "@/lib/contracts/finalize-contract";
import { terminateContract } from "@/lib/contracts/terminate-contract";
import { verifyContractAgreement } from "@/lib/contracts/verify-contract-agreement";
import { findNegotiation } from "./find-negotiation";
import type { NegotiationEventMessage } from "./negotiation-parse";

// The DSP messages that move an existing negotiation, mapped onto the contract use cases (which
// check who may make the move from which state; a wrong state is a 409).

type Move =
  | { kind: "event"; message: NegotiationEventMessage }
  | { kind: "verification"; message: { consumerPid: string; providerPid: string } }
  | { kind: "termination"; message: { consumerPid: string; providerPid: string; code: string | null; reason: string | null } };

export async function moveNegotiation(options: { actor: Actor | null; providerPid: string; move: Move; requestId?: string }) {
  const { actor, providerPid, move, requestId } = options;
  if (move.message.providerPid !== providerPid) {
    throw new AppError("BAD_REQUEST", { message: "dspace:providerPid does not match the negotiation in the path." });
  }
  const negotiation = await findNegotiation({ actor, providerPid, consumerPid: move.message.consumerPid });
  const contractId = negotiation.id;
  if (move.kind === "event") {
    await (move.message.eventType === "ACCEPTED" ? acceptContractOffer({ actor, contractId, requestId }) : finalizeContract({ actor, contractId, requestId }));
  } else if (move.kind === "verification") {
    await verifyContractAgreement({ actor, contractId, requestId });
  } else {
    await terminateContract({ actor, contractId, requestId, reason: move.message.reason ?? undefined, code: move.message.code ?? undefined });
  }
  return findNegotiation({ actor, providerPid });
}
