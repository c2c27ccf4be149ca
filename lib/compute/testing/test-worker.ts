import { threadId } from "node:worker_threads";
import { AppError } from "@/lib/errors/app-error";
import { serveTasks } from "../serve-tasks";

// A worker for the pool's own tests: tasks that answer at once, spin the CPU, ask the main thread, fail.

export default serveTasks({
  threadId: () => threadId,
  spin: (payload: { ms: number }) => {
    const until = Date.now() + payload.ms;
    while (Date.now() < until) {
      // Busy on purpose: only terminating the worker stops this.
    }
    return threadId;
  },
  ask: async (payload: { did: string }, callMain) => ({ answer: await callMain("resolve", payload.did), threadId }),
  fail: () => {
    throw new AppError("UNKNOWN_CONTEXT", { message: "context https://example.org/x is not known", details: { url: "https://example.org/x" } });
  },
});
