import type { Submission } from "@/lib/catalogue/parse-submission";
import type { RunChecksOptions } from "@/lib/pipeline/run-checks";

// The payloads of the check worker's tasks (lib/compute/check-worker.ts) and the main-thread calls it makes.

/** The operator's registered contexts, keyed by a signature so each worker rebuilds its loader only on change. */
export interface ContextSet {
  signature: string;
  entries: [string, unknown][];
}

export interface CheckTaskPayload extends RunChecksOptions {
  submission: Submission;
  contexts: ContextSet;
}

export interface LintTaskPayload {
  credential: Record<string, unknown>;
  related?: Record<string, unknown>[];
  contexts: ContextSet;
}

/** An operator shape extension as it crosses threads: its quads as N-Quads text. */
export interface SerializedShapeExtension {
  id: string;
  contentHash: string;
  nquads: string;
}

/** What a check worker may ask the main thread for. */
export const MAIN_THREAD_CALLS = ["resolveDid", "checkKey", "loadStatusList", "shapeExtensions"] as const;
