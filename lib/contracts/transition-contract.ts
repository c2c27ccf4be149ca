import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { applyContractTransition, lockContractState, refuseTransition } from "./apply-contract-transition";
import { roleForAction } from "./contract-role";
import { checkTransition, type NegotiationAction } from "./negotiation-transitions";
import { getContract } from "./get-contract";
import { contractEvents } from "./contract-events";

type ContractRow = Prisma.ContractRequestGetPayload<object>;

export interface Prepared {
  data?: Prisma.ContractRequestUpdateInput;
  message?: Prisma.InputJsonValue;
}

/**
 * One move by a party: authorises the actor for the action's role, checks the move early (before
 * any expensive preparation such as signing), prepares the change, then applies it in one
 * transaction (`inTransaction` runs once the row is locked, for checks such as the consents), and
 * announces the committed move (`contract.moved`).
 */
export async function transitionContract(options: {
  actor: Actor | null;
  contractId: string;
  action: NegotiationAction;
  requestId?: string;
  prepare?: (contract: ContractRow) => Promise<Prepared> | Prepared;
  inTransaction?: (tx: Prisma.TransactionClient, contract: ContractRow) => Promise<void>;
}) {
  const contract = await db().contractRequest.findUnique({ where: { id: options.contractId } });
  if (!contract) throw new AppError("NOT_FOUND", { message: "No such contract." });
  const { role, participantId } = roleForAction(options.actor, contract, options.action);
  const early = checkTransition({ state: contract.state, action: options.action, role });
  if (!early.allowed) refuseTransition(early);
  const prepared = (await options.prepare?.(contract)) ?? {};
  await db().$transaction(async (tx) => {
    await lockContractState(tx, contract.id);
    await options.inTransaction?.(tx, contract);
    await applyContractTransition(tx, {
      contractId: contract.id,
      action: options.action,
      role,
      actor: options.actor,
      actorParticipantId: participantId,
      expectedState: contract.state,
      data: prepared.data,
      message: prepared.message,
      requestId: options.requestId,
    });
  });
  const reason = (prepared.message as { reason?: unknown } | undefined)?.reason;
  await contractEvents.emit("contract.moved", {
    contractId: contract.id,
    action: options.action,
    role,
    reason: typeof reason === "string" ? reason : undefined,
  });
  return getContract({ actor: options.actor, id: contract.id });
}
