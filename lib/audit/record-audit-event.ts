import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";

// Audit rows are written inside the same transaction as the change they describe.

export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId: string;
  actor?: Actor | null;
  actorParticipantId?: string | null;
  detail?: Prisma.InputJsonValue;
  requestId?: string | null;
}

/** The columns of an audit row (besides its id and time): for Prisma here and for raw SQL statements. */
export function auditEventColumns(entry: AuditEntry) {
  return {
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    actorUserId: entry.actor?.userId ?? null,
    actorTokenId: entry.actor?.tokenId ?? null,
    actorParticipantId: entry.actorParticipantId ?? null,
    detail: entry.detail,
    requestId: entry.requestId ?? null,
  };
}

export async function recordAuditEvent(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: auditEventColumns(entry) });
}
