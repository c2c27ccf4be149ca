import type { MessagePort } from "node:worker_threads";
import { AppError, APP_ERROR_CODES, type AppErrorCode, type InvalidParam } from "@/lib/errors/app-error";

// What crosses between the main thread and a check worker: plain, structured-cloneable data only.
// A task carries its own MessagePort: the worker says "started" on it (the deadline starts then, not
// while the task waits for a worker) and asks the main thread for what only it has (the database).

export interface TaskRequest {
  task: string;
  payload: unknown;
  port: MessagePort;
}

export interface SerializedError {
  name: string;
  message: string;
  code?: AppErrorCode;
  invalidParams?: InvalidParam[];
  details?: Record<string, unknown>;
}

export type TaskResult = { ok: true; value: unknown } | { ok: false; error: SerializedError };

export type WorkerMessage = { type: "started" } | { type: "call"; id: number; method: string; args: unknown[] };
export type MainMessage = { type: "result"; id: number; value: unknown } | { type: "error"; id: number; error: SerializedError };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof AppError) {
    return { name: error.name, message: error.message, code: error.code, invalidParams: error.invalidParams, details: cloneable(error.details) };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: "Error", message: String(error) };
}

/** An AppError again when it was one (its code decides the HTTP status), else a plain Error with the message. */
export function deserializeError(serialized: SerializedError): Error {
  if (serialized.code && serialized.code in APP_ERROR_CODES) {
    return new AppError(serialized.code, { message: serialized.message, invalidParams: serialized.invalidParams, details: serialized.details });
  }
  const error = new Error(serialized.message);
  error.name = serialized.name;
  return error;
}

function cloneable(details: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!details) return undefined;
  try {
    return structuredClone(details);
  } catch {
    return undefined;
  }
}
