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

export async function recordAuditEvent(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      actorUserId: entry.actor?.userId ?? null,
      actorTokenId: entry.actor?.tokenId ?? null,
      actorParticipantId: entry.actorParticipantId ?? null,
      detail: entry.detail,
      requestId: entry.requestId ?? null,
    },
  });
}
