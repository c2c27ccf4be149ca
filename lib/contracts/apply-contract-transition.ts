import type { Prisma } from "@/lib/generated/prisma/client";
import type { ContractState } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { checkTransition, type NegotiationAction, type NegotiationRole } from "./negotiation-transitions";

// Applies one move inside the caller's transaction: locks the contract row, re-checks the move
// against the locked state (so of two concurrent moves only the first can pass), updates the row and
// writes the ContractEvent and the audit row. A refused move throws, and the transaction rolls back.

export interface TransitionRequest {
  contractId: string;
  action: NegotiationAction;
  role: NegotiationRole;
  actor: Actor | null;
  actorParticipantId: string | null;
  /** The state the caller prepared for (e.g. signed an agreement for); another state is a conflict. */
  expectedState?: ContractState;
  data?: Prisma.ContractRequestUpdateInput;
  message?: Prisma.InputJsonValue;
  requestId?: string | null;
}

export function refuseTransition(check: { kind: "role" | "state"; reason: string }): never {
  throw new AppError(check.kind === "role" ? "FORBIDDEN" : "CONFLICT", { message: check.reason });
}

export async function lockContractState(tx: Prisma.TransactionClient, contractId: string): Promise<ContractState> {
  const rows = await tx.$queryRaw<{ state: ContractState }[]>`SELECT "state"::text AS "state" FROM "ContractRequest" WHERE "id" = ${contractId} FOR UPDATE`;
  if (!rows[0]) throw new AppError("NOT_FOUND", { message: "No such contract." });
  return rows[0].state;
}

export async function applyContractTransition(tx: Prisma.TransactionClient, request: TransitionRequest): Promise<{ from: ContractState; to: ContractState }> {
  const from = await lockContractState(tx, request.contractId);
  if (request.expectedState && from !== request.expectedState) {
    throw new AppError("CONFLICT", { message: `The contract changed meanwhile: it is now ${from}. Reload it and try again.` });
  }
  const check = checkTransition({ state: from, action: request.action, role: request.role });
  if (!check.allowed) refuseTransition(check);
  await tx.contractRequest.update({ where: { id: request.contractId }, data: { ...request.data, state: check.to } });
  await tx.contractEvent.create({
    data: {
      contractRequestId: request.contractId,
      type: request.action,
      fromState: from,
      toState: check.to,
      actorParticipantId: request.actorParticipantId,
      message: request.message,
    },
  });
  await recordAuditEvent(tx, {
    action: `contract.${request.action}`,
    subjectType: "ContractRequest",
    subjectId: request.contractId,
    actor: request.actor,
    actorParticipantId: request.actorParticipantId,
    detail: { from, to: check.to, role: request.role },
    requestId: request.requestId,
  });
  return { from, to: check.to };
}
