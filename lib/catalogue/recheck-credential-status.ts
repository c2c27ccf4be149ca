import "server-only";
import { db, Prisma } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { parseSubmission } from "./parse-submission";
import { checkSubmission } from "@/lib/pipeline/check-submission";
import type { PipelineServices } from "@/lib/pipeline/pipeline-services";

// The re-check of credentials that carry a credentialStatus: their issuers may revoke them later in a
// status list. Each such entry (active or deprecated) is verified again; when its list now says
// revoked, the entry is revoked here too — with the list's words in the audit trail. Entries whose
// list cannot be consulted stay as they are. Scheduled. Idempotent, so instances need no lock: a
// revocation is written (and audited) only by the instance whose update changes the row. A round works
// for a bounded time and the next round goes on from where it stopped.

const BATCH = 200;
const holder = globalThis as typeof globalThis & { __dataloftStatusRecheckAfter?: string };

export async function recheckCredentialStatus(options: { services: PipelineServices; now?: Date; budgetMs?: number }) {
  const now = options.now ?? new Date();
  const deadline = Date.now() + (options.budgetMs ?? 30_000);
  const revoked: { hash: string; reason: string }[] = [];
  let checked = 0;
  let after = holder.__dataloftStatusRecheckAfter ?? "";
  let complete = false;
  while (Date.now() < deadline) {
    // Entries whose verification consulted (or tried to consult) a status list.
    const rows = await db().selfDescription.findMany({
      where: { hash: { gt: after }, status: { in: ["ACTIVE", "DEPRECATED"] }, verification: { checks: { array_contains: [{ id: "status.checked" }] } } },
      orderBy: { hash: "asc" },
      take: BATCH,
      select: { hash: true, content: true, contentType: true },
    });
    if (rows.length === 0) {
      complete = true;
      after = "";
      break;
    }
    for (const row of rows) {
      if (Date.now() >= deadline) break;
      after = row.hash;
      checked += 1;
      const reason = await revocationFound(row, options.services);
      if (!reason) continue;
      await db().$transaction(async (tx) => {
        const changed = await tx.selfDescription.updateMany({
          where: { hash: row.hash, status: { in: ["ACTIVE", "DEPRECATED"] } },
          data: { status: "REVOKED", revokedAt: now, statusChangedAt: now },
        });
        if (changed.count === 0) return;
        await recordAuditEvent(tx, {
          action: "self-description.revoked-by-status-list",
          subjectType: "SelfDescription",
          subjectId: row.hash,
          detail: { reason } as Prisma.InputJsonValue,
        });
        revoked.push({ hash: row.hash, reason });
      });
    }
  }
  holder.__dataloftStatusRecheckAfter = after;
  return { checked, revoked, complete };
}

async function revocationFound(row: { content: Uint8Array; contentType: string }, services: PipelineServices): Promise<string | null> {
  try {
    const submission = parseSubmission({ text: new TextDecoder().decode(row.content), contentType: row.contentType });
    const { verification } = await checkSubmission(submission, services, { parts: { signatures: true, schema: false, rules: false } });
    const verdict = verification?.checks.find((check) => check.id === "status.revoked" && !check.passed);
    return verdict ? verdict.message : null;
  } catch (error) {
    // A list that cannot be read now is no evidence of revocation.
    if (isAppError(error)) return null;
    throw error;
  }
}
