import path from "node:path";
import { MessageChannel } from "node:worker_threads";
import Tinypool from "tinypool";
import { AppError } from "@/lib/errors/app-error";
import { createBudget, overloaded, type Budget, type BudgetLimits, type BudgetName } from "./budget";
import { deserializeError, serializeError, type MainMessage, type TaskResult, type WorkerMessage } from "./task-protocol";

// The bounded worker pool of CPU-heavy checks (docs/decisions/0003). One tinypool of `threads` workers
// shared by every budget; each budget limits how many of its tasks run and wait. Per task:
//  - waiting (for a budget slot, then a worker) longer than the budget's queueWaitMs: OVERLOADED (503);
//  - running longer than the deadline: the worker is terminated (its CPU stops), tinypool starts a
//    fresh one, and the caller gets CHECK_TOO_COSTLY (422);
//  - the caller's signal (a client that went away) aborts it the same way, waiting or running.

export interface ComputePoolOptions {
  /** Absolute path of the worker's TypeScript module (its default export is serveTasks(…)). */
  filename: string;
  /** Folder holding worker-bootstrap.mjs; defaults to lib/compute under the working directory. */
  computeDirectory?: string;
  threads: number;
  deadlineMs: number;
  budgets: Record<BudgetName, BudgetLimits>;
  /** Node flags of the workers; default --conditions=react-server (lib files import "server-only"). */
  execArgv?: string[];
}

/** What the worker may ask the main thread for during a task (see serve-tasks CallMain). */
export type MainThreadHandlers = Record<string, (...args: never[]) => unknown>;

export interface RunTaskOptions {
  budget: BudgetName;
  signal?: AbortSignal;
  handlers?: MainThreadHandlers;
  deadlineMs?: number;
}

export interface ComputePool {
  run<T>(task: string, payload: unknown, options: RunTaskOptions): Promise<T>;
  stats(): { threads: number; completed: number; budgets: Record<BudgetName, { running: number; waiting: number }> };
  destroy(): Promise<void>;
}

class Stop {
  constructor(readonly error: Error) {}
}

export function createComputePool(options: ComputePoolOptions): ComputePool {
  // An absolute path from the working directory, not import.meta.url: this module is bundled by Next.
  const bootstrap = path.join(options.computeDirectory ?? path.join(process.cwd(), "lib", "compute"), "worker-bootstrap.mjs");
  const pool = new Tinypool({
    filename: bootstrap,
    workerData: { entry: options.filename },
    minThreads: options.threads,
    maxThreads: options.threads,
    execArgv: options.execArgv ?? ["--conditions=react-server"],
    idleTimeout: 60_000,
  });
  const budgets = Object.fromEntries((Object.keys(options.budgets) as BudgetName[]).map((name) => [name, createBudget(name, options.budgets[name])])) as Record<
    BudgetName,
    Budget
  >;

  async function run<T>(task: string, payload: unknown, runOptions: RunTaskOptions): Promise<T> {
    const budget = budgets[runOptions.budget];
    const deadlineMs = runOptions.deadlineMs ?? options.deadlineMs;
    const retryAfter = Math.max(1, Math.ceil(deadlineMs / 1000));
    const controller = new AbortController();
    const stop = (error: Error) => controller.abort(new Stop(error));
    const onCallerAbort = () => stop(new AppError("UNPROCESSABLE", { message: "The check was abandoned by its caller." }));
    if (runOptions.signal?.aborted) onCallerAbort();
    runOptions.signal?.addEventListener("abort", onCallerAbort, { once: true });
    let timer = setTimeout(() => stop(overloaded(budget.name, retryAfter, `no worker free within ${budget.limits.queueWaitMs} ms`)), budget.limits.queueWaitMs);
    const { port1, port2 } = new MessageChannel();
    port1.on("message", (message: WorkerMessage) => {
      if (message.type === "started") {
        clearTimeout(timer);
        timer = setTimeout(() => stop(tooCostly(deadlineMs)), deadlineMs);
        return;
      }
      void answer(message, runOptions.handlers ?? {}).then((reply) => {
        if (!controller.signal.aborted) port1.postMessage(reply);
      });
    });
    let release: (() => void) | undefined;
    try {
      release = await budget.acquire(controller.signal, retryAfter);
      const result = (await pool.run({ task, payload, port: port2 }, { transferList: [port2], signal: controller.signal })) as TaskResult;
      if (!result.ok) throw deserializeError(result.error);
      return result.value as T;
    } catch (error) {
      const reason: unknown = controller.signal.reason;
      if (reason instanceof Stop) throw reason.error;
      throw error;
    } finally {
      clearTimeout(timer);
      runOptions.signal?.removeEventListener("abort", onCallerAbort);
      port1.close();
      release?.();
    }
  }

  return {
    run,
    stats: () => ({
      threads: pool.threads.length,
      completed: pool.completed,
      budgets: Object.fromEntries(Object.entries(budgets).map(([name, budget]) => [name, budget.stats()])) as Record<
        BudgetName,
        { running: number; waiting: number }
      >,
    }),
    destroy: () => pool.destroy(),
  };
}

function tooCostly(deadlineMs: number): AppError {
  return new AppError("CHECK_TOO_COSTLY", {
    message: `The document is too costly to check within ${deadlineMs / 1000} s; its check was stopped.`,
    details: { deadlineMs },
  });
}

async function answer(message: Extract<WorkerMessage, { type: "call" }>, handlers: MainThreadHandlers): Promise<MainMessage> {
  try {
    const handler = handlers[message.method];
    if (!handler) throw new Error(`the main thread offers no ${message.method}`);
    return { type: "result", id: message.id, value: await handler(...(message.args as never[])) };
  } catch (error) {
    return { type: "error", id: message.id, error: serializeError(error) };
  }
}
