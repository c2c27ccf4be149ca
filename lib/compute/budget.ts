import { AppError } from "@/lib/errors/app-error";

// A budget is a concurrency limit with a bounded queue in front of the worker pool: anonymous
// checks, signed-in publishers and background work (harvest, revalidation) each get their own, so a
// flood of anonymous checks can occupy at most its own few slots and is refused early, not queued.

export type BudgetName = "anonymous" | "publisher" | "background";

export interface BudgetLimits {
  /** Tasks of this budget running in workers at once. */
  concurrency: number;
  /** Tasks waiting for a slot; one more is refused at once with OVERLOADED (503). */
  queue: number;
  /** Longest a task may wait for a slot and a worker before it is refused with OVERLOADED. */
  queueWaitMs: number;
}

export interface Budget {
  readonly name: BudgetName;
  readonly limits: BudgetLimits;
  /** Waits for a slot; resolves to its release. Rejects with OVERLOADED when the queue is full, with the signal's reason when aborted. */
  acquire(signal: AbortSignal, retryAfter: number): Promise<() => void>;
  stats(): { running: number; waiting: number };
}

export function overloaded(budget: BudgetName, retryAfter: number, why: string): AppError {
  return new AppError("OVERLOADED", {
    message: `Too many ${budget} checks at once (${why}); try again in ${retryAfter} s.`,
    details: { retryAfter, budget },
  });
}

export function createBudget(name: BudgetName, limits: BudgetLimits): Budget {
  let running = 0;
  const waiting: { grant: () => void }[] = [];

  function release(): void {
    running -= 1;
    const next = waiting.shift();
    if (next) next.grant();
  }

  function slot(): () => void {
    running += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      release();
    };
  }

  return {
    name,
    limits,
    stats: () => ({ running, waiting: waiting.length }),
    acquire(signal, retryAfter) {
      if (signal.aborted) return Promise.reject(signal.reason);
      if (running < limits.concurrency) return Promise.resolve(slot());
      if (waiting.length >= limits.queue) return Promise.reject(overloaded(name, retryAfter, `queue of ${limits.queue} full`));
      return new Promise((resolve, reject) => {
        const entry = {
          grant: () => {
            signal.removeEventListener("abort", onAbort);
            resolve(slot());
          },
        };
        const onAbort = () => {
          const index = waiting.indexOf(entry);
          if (index >= 0) waiting.splice(index, 1);
          reject(signal.reason);
        };
        signal.addEventListener("abort", onAbort, { once: true });
        waiting.push(entry);
      });
    },
  };
}
