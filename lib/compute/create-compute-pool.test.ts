import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { createComputePool } from "./create-compute-pool";

// Real worker threads (loaded through tsx), no fakes: the deadline must really stop a busy CPU.
const pool = createComputePool({
  filename: path.join(process.cwd(), "lib/compute/testing/test-worker.ts"),
  threads: 2,
  deadlineMs: 500,
  budgets: {
    anonymous: { concurrency: 1, queue: 1, queueWaitMs: 60_000 },
    publisher: { concurrency: 2, queue: 4, queueWaitMs: 60_000 },
    background: { concurrency: 1, queue: 8, queueWaitMs: 60_000 },
  },
});

afterAll(() => pool.destroy());

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("createComputePool", () => {
  it("runs a task in a worker thread and answers its calls to the main thread", async () => {
    const outcome = await pool.run<{ answer: string; threadId: number }>(
      "ask",
      { did: "did:web:a.example" },
      {
        budget: "publisher",
        handlers: { resolve: (did: string) => `resolved ${did} on the main thread` },
      },
    );
    expect(outcome.answer).toBe("resolved did:web:a.example on the main thread");
    expect(outcome.threadId).toBeGreaterThan(0);
  });

  it("brings an AppError thrown in the worker back with its code and details", async () => {
    const error = await rejection(pool.run("fail", {}, { budget: "publisher" }));
    expect(error).toMatchObject({ code: "UNKNOWN_CONTEXT", details: { url: "https://example.org/x" } });
  });

  it("stops a task past its deadline, naming the deadline, and replaces its worker", async () => {
    // Two tasks at once occupy both workers: their thread ids name the workers.
    const workers = () => Promise.all([0, 1].map(() => pool.run<number>("spin", { ms: 100 }, { budget: "publisher" })));
    const before = new Set(await workers());
    expect(before.size).toBe(2);
    const error = await rejection(pool.run("spin", { ms: 60_000 }, { budget: "background" }));
    expect(error.code).toBe("CHECK_TOO_COSTLY");
    expect(error.status).toBe(422);
    expect(error.message).toContain("0.5 s");
    expect(error.details).toEqual({ deadlineMs: 500 });
    // Thread ids are never reused: the terminated worker's id is gone and a new thread took its place.
    // The replacement needs a moment to start; until then the survivor takes both tasks.
    let after = new Set(await workers());
    for (let round = 0; round < 50 && after.size < 2; round += 1) after = new Set(await workers());
    expect(after.size).toBe(2);
    expect([...after].filter((threadId) => !before.has(threadId))).toHaveLength(1);
  });

  it("refuses a task with OVERLOADED and a retryAfter when its budget's queue is full", async () => {
    const controller = new AbortController();
    const running = pool.run("spin", { ms: 400 }, { budget: "anonymous", signal: controller.signal });
    const queued = pool.run("threadId", {}, { budget: "anonymous" });
    const error = await rejection(pool.run("threadId", {}, { budget: "anonymous" }));
    expect(error.code).toBe("OVERLOADED");
    expect(error.status).toBe(503);
    expect(error.details).toMatchObject({ retryAfter: 1, budget: "anonymous" });
    // Other budgets are not affected by the anonymous one being full.
    await expect(pool.run("threadId", {}, { budget: "publisher" })).resolves.toBeGreaterThan(0);
    await Promise.all([running, queued]);
  });

  it("stops a running task when its caller's signal aborts", async () => {
    const controller = new AbortController();
    const running = pool.run("spin", { ms: 60_000 }, { budget: "background", signal: controller.signal, deadlineMs: 120_000 });
    setTimeout(() => controller.abort(), 200);
    const error = await rejection(running);
    expect(error.message).toContain("abandoned");
    expect(pool.stats().budgets.background.running).toBe(0);
    await expect(pool.run("threadId", {}, { budget: "background" })).resolves.toBeGreaterThan(0);
  });

  it("refuses a task that waits longer than its budget's queueWaitMs", async () => {
    const impatient = createComputePool({
      filename: path.join(process.cwd(), "lib/compute/testing/test-worker.ts"),
      threads: 1,
      deadlineMs: 5_000,
      budgets: {
        anonymous: { concurrency: 1, queue: 4, queueWaitMs: 100 },
        publisher: { concurrency: 1, queue: 4, queueWaitMs: 60_000 },
        background: { concurrency: 1, queue: 4, queueWaitMs: 60_000 },
      },
    });
    try {
      await impatient.run("threadId", {}, { budget: "publisher" });
      const busy = impatient.run("spin", { ms: 1_000 }, { budget: "publisher" });
      const error = await rejection(impatient.run("threadId", {}, { budget: "anonymous" }));
      expect(error.code).toBe("OVERLOADED");
      await busy;
    } finally {
      await impatient.destroy();
    }
  });
});
