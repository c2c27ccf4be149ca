import { serializeError, type MainMessage, type TaskRequest, type TaskResult, type WorkerMessage } from "./task-protocol";
import { deserializeError } from "./task-protocol";

// The worker side of the pool: a worker module's default export is `serveTasks({ name: handler })`.

/** Asks the main thread (database lookups, guarded fetches) and waits for its answer. */
export type CallMain = (method: string, ...args: unknown[]) => Promise<unknown>;

export type TaskHandler = (payload: never, callMain: CallMain) => Promise<unknown> | unknown;

export function serveTasks(handlers: Record<string, TaskHandler>) {
  return async function runTask(request: TaskRequest): Promise<TaskResult> {
    const { port } = request;
    const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
    let nextId = 0;
    port.on("message", (message: MainMessage) => {
      const waiter = pending.get(message.id);
      if (!waiter) return;
      pending.delete(message.id);
      if (message.type === "result") waiter.resolve(message.value);
      else waiter.reject(deserializeError(message.error));
    });
    const post = (message: WorkerMessage) => port.postMessage(message);
    const callMain: CallMain = (method, ...args) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        post({ type: "call", id, method, args });
      });
    post({ type: "started" });
    try {
      const handler = handlers[request.task];
      if (!handler) throw new Error(`no task named ${request.task} in this worker`);
      return { ok: true, value: await handler(request.payload as never, callMain) };
    } catch (error) {
      return { ok: false, error: serializeError(error) };
    } finally {
      port.close();
    }
  };
}
