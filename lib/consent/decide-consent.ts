import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConsentStatus } from "@/lib/generated/prisma/enums";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { decidingParticipant } from "./consent-parties";
import { getConsent } from "./get-consent";

type ConsentRow = Prisma.ConsentGetPayload<object>;

export interface ConsentDecision {
  from: ConsentStatus;
  to: ConsentStatus;
  /** Further changes in the same transaction (a withdrawal terminates the dependent contract). */
  alongside?: (tx: Prisma.TransactionClient, consent: ConsentRow, deciderId: string) => Promise<void>;
}

/**
 * Moves a consent from one status to the next (compare-and-set on the status, so a decision made
 * meanwhile wins and this one is refused), with a timeline event on its contract and an audit row.
 */
export async function decideConsent(options: {
  actor: Actor | null;
  consentId: string;
  decision: ConsentDecision;
  reason?: string;
  requestId?: string;
  now?: Date;
}) {
  const consent = await db().consent.findUnique({ where: { id: options.consentId } });
  if (!consent) throw new AppError("NOT_FOUND", { message: "No such consent." });
  const deciderId = decidingParticipant(options.actor, consent);
  const { from, to } = options.decision;
  const now = options.now ?? new Date();
  await db().$transaction(async (tx) => {
    const changed = await tx.consent.updateMany({
      where: { id: consent.id, status: from },
      data: { status: to, ...(to === "WITHDRAWN" ? { withdrawnAt: now } : { decidedAt: now }) },
    });
    if (changed.count !== 1) {
      const current = await tx.consent.findUniqueOrThrow({ where: { id: consent.id }, select: { status: true } });
      throw new AppError("CONFLICT", {
        message: `The consent is ${current.status.toLowerCase()}; only a ${from.toLowerCase()} consent can be ${to.toLowerCase()}.`,
      });
    }
    const detail = {
      from,
      to,
      contractRequestId: consent.contractRequestId,
      purpose: consent.purpose,
      recipientParticipantId: consent.recipientParticipantId,
      citizenParticipantId: consent.citizenParticipantId,
      ...(options.reason ? { reason: options.reason } : {}),
    };
    if (consent.contractRequestId) {
      const contract = await tx.contractRequest.findUniqueOrThrow({ where: { id: consent.contractRequestId }, select: { state: true } });
      if (contract.state === "TERMINATED" && to === "GRANTED")
        throw new AppError("CONFLICT", { message: "The request was terminated; there is nothing left to consent to." });
      await tx.contractEvent.create({
        data: {
          contractRequestId: consent.contractRequestId,
          type: `consent.${to.toLowerCase()}`,
          fromState: contract.state,
          toState: contract.state,
          actorParticipantId: deciderId,
          message: { consentId: consent.id, ...detail },
        },
      });
    }
    await recordAuditEvent(tx, {
      action: `consent.${to.toLowerCase()}`,
      subjectType: "Consent",
      subjectId: consent.id,
      actor: options.actor,
      actorParticipantId: deciderId,
      detail,
      requestId: options.requestId,
    });
    await options.decision.alongside?.(tx, consent, deciderId);
  });
  return getConsent({ actor: options.actor, id: consent.id });
}
