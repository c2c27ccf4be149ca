import "server-only";
import { availableParallelism } from "node:os";
import path from "node:path";
import { getEnv } from "@/lib/env";
import type { DocumentCaps } from "@/lib/compute/check-document-caps";
import { createComputePool, type ComputePool } from "@/lib/compute/create-compute-pool";
import type { BudgetLimits, BudgetName } from "@/lib/compute/budget";

// The process-wide check pool (docs/decisions/0003), created on first use. Sized to the machine: one
// worker less than the cores, so the web thread keeps one; budgets from lib/env.ts.

const holder = globalThis as typeof globalThis & { __dataloftComputePool?: ComputePool };

export function checkPoolBudgets(): Record<BudgetName, BudgetLimits> {
  const env = getEnv();
  const workers = checkWorkers();
  return {
    anonymous: {
      concurrency: Math.min(env.DATALOFT_CHECK_ANONYMOUS_CONCURRENCY, workers),
      queue: env.DATALOFT_CHECK_ANONYMOUS_QUEUE,
      queueWaitMs: env.DATALOFT_CHECK_QUEUE_WAIT_MS,
    },
    // Signed-in publishers wait longer (a person at the upload form), background work longest (harvest, revalidation).
    publisher: { concurrency: workers, queue: 16, queueWaitMs: Math.max(10_000, env.DATALOFT_CHECK_QUEUE_WAIT_MS) },
    background: { concurrency: workers, queue: 64, queueWaitMs: Math.max(120_000, env.DATALOFT_CHECK_QUEUE_WAIT_MS) },
  };
}

function checkWorkers(): number {
  return getEnv().DATALOFT_CHECK_WORKERS ?? Math.max(1, availableParallelism() - 1);
}

export function getComputePool(): ComputePool {
  holder.__dataloftComputePool ??= createComputePool({
    filename: path.join(process.cwd(), "lib", "compute", "check-worker.ts"),
    threads: checkWorkers(),
    deadlineMs: getEnv().DATALOFT_CHECK_DEADLINE_MS,
    budgets: checkPoolBudgets(),
  });
  return holder.__dataloftComputePool;
}

/** Stops the check workers (scripts that are done checking); the next check starts a fresh pool. */
export async function closeComputePool(): Promise<void> {
  const pool = holder.__dataloftComputePool;
  holder.__dataloftComputePool = undefined;
  await pool?.destroy();
}

export function getDocumentCaps(): DocumentCaps {
  const env = getEnv();
  return {
    maxDepth: env.DATALOFT_CHECK_MAX_DEPTH,
    maxNodes: env.DATALOFT_CHECK_MAX_NODES,
    maxBlankNodes: env.DATALOFT_CHECK_MAX_BLANK_NODES,
    maxTerms: env.DATALOFT_CHECK_MAX_TERMS,
  };
}
