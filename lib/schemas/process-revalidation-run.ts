import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { getPipelineServices } from "@/lib/wiring/services";
import { indexOperatorShapes, installOperatorShapes } from "./operator-shapes";
import { revalidateEntry } from "./revalidate-entry";
import { toRevalidationRunView, type RevalidationRunView } from "./serialize-schema";

export interface ProcessRevalidationRunOptions {
  runId: string;
  batchSize?: number;
}

/**
 * Works through the entries that were ACTIVE when the run started, in batches by hash, writing
 * progress to the run row after each batch. Never rejects: an error ends the run as FAILED (logged).
 * An entry that cannot be checked keeps its previous report and counts as failed.
 */
export async function processRevalidationRun(options: ProcessRevalidationRunOptions): Promise<RevalidationRunView> {
  const { runId, batchSize = 25 } = options;
  try {
    installOperatorShapes();
    const startedAt = new Date();
    const scope = { status: "ACTIVE" as const, createdAt: { lte: startedAt } };
    const total = await db().selfDescription.count({ where: scope });
    await db().revalidationRun.update({ where: { id: runId }, data: { status: "RUNNING", startedAt, total } });
    const services = await getPipelineServices({ budget: "background" });
    const operatorShapes = await indexOperatorShapes();

    let processed = 0;
    let failed = 0;
    let after: string | undefined;
    for (;;) {
      const batch = await db().selfDescription.findMany({
        where: { ...scope, ...(after ? { hash: { gt: after } } : {}) },
        orderBy: { hash: "asc" },
        take: batchSize,
        select: { hash: true, content: true, contentType: true },
      });
      if (batch.length === 0) break;
      for (const entry of batch) {
        try {
          const outcome = await revalidateEntry({ entry, services, operatorShapes, runId });
          if (!outcome.conforms) failed += 1;
        } catch (error) {
          failed += 1;
          logger.error("entry could not be revalidated", { runId, hash: entry.hash, error });
        }
        processed += 1;
      }
      after = batch[batch.length - 1]?.hash;
      await db().revalidationRun.update({ where: { id: runId }, data: { processed, failed } });
    }
    return toRevalidationRunView(
      await db().revalidationRun.update({ where: { id: runId }, data: { status: "DONE", finishedAt: new Date(), processed, failed } }),
    );
  } catch (error) {
    logger.error("revalidation run failed", { runId, error });
    const row = await db()
      .revalidationRun.update({ where: { id: runId }, data: { status: "FAILED", finishedAt: new Date() } })
      .catch((updateError: unknown) => {
        logger.error("revalidation run could not be marked failed", { runId, error: updateError });
        return null;
      });
    return row
      ? toRevalidationRunView(row)
      : { id: runId, reason: "", status: "FAILED", total: 0, processed: 0, failed: 0, createdAt: "", startedAt: null, finishedAt: null };
  }
}
