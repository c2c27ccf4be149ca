import "server-only";
import { db, Prisma } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCatalogueAdmin, type Actor } from "@/lib/auth/actor";
import { processRevalidationRun } from "./process-revalidation-run";
import { toRevalidationRunView, type RevalidationRunView } from "./serialize-schema";

// Runs are processed in the background of this process, one after another (a later run waits QUEUED
// until the earlier one is DONE), so the request that started one returns at once.
const holder = globalThis as typeof globalThis & {
  __dataloftRevalidation?: { queue: Promise<unknown>; pending: Map<string, Promise<RevalidationRunView>> };
};
const state = (holder.__dataloftRevalidation ??= { queue: Promise.resolve(), pending: new Map() });

export interface StartRevalidationOptions {
  actor: Actor | null;
  reason: string;
  requestId?: string;
  batchSize?: number;
}

/** Records a QUEUED run (audited) and schedules it; returns the run without waiting for it. */
export async function startRevalidation(options: StartRevalidationOptions): Promise<RevalidationRunView> {
  const actor = assertCatalogueAdmin(options.actor);
  const reason = options.reason.slice(0, 200);
  const run = await db().$transaction(async (tx) => {
    const created = await tx.revalidationRun.create({ data: { reason, createdById: actor.userId } });
    await recordAuditEvent(tx, {
      action: "revalidation.started",
      subjectType: "RevalidationRun",
      subjectId: created.id,
      actor,
      detail: { reason } as Prisma.InputJsonValue,
      requestId: options.requestId,
    });
    return created;
  });
  const done = state.queue.then(() => processRevalidationRun({ runId: run.id, batchSize: options.batchSize }));
  state.queue = done;
  state.pending.set(run.id, done);
  void done.finally(() => state.pending.delete(run.id));
  return toRevalidationRunView(run);
}

/**
 * Resolves when a run started in this process has finished; for a run of another process (or one
 * already finished) it polls the row. For tests and scripts, not for request handlers.
 */
export async function waitForRevalidation(options: { runId: string; pollMs?: number; timeoutMs?: number }): Promise<RevalidationRunView> {
  const pending = state.pending.get(options.runId);
  if (pending) return pending;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    const row = await db().revalidationRun.findUniqueOrThrow({ where: { id: options.runId } });
    if (row.status === "DONE" || row.status === "FAILED" || Date.now() > deadline) return toRevalidationRunView(row);
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 200));
  }
}
