import "server-only";
import { assertWithinCaps } from "@/lib/compute/check-document-caps";
import type { BudgetName } from "@/lib/compute/budget";
import type { LintTaskPayload } from "@/lib/compute/check-tasks";
import type { ValidationOutcome } from "@/lib/validation/types";
import { getComputePool, getDocumentCaps } from "./compute-pool";
import { mainThreadCalls } from "./main-thread-calls";
import { getContextSet, getDidResolver } from "./services";

/**
 * lintCredential (lib/validation/lint-credential.ts) as the public lint endpoint runs it: the same
 * caps as every check, then its SHACL run in the check pool under the caller's budget and deadline.
 */
export async function lintInPool(options: {
  credential: Record<string, unknown>;
  related?: Record<string, unknown>[];
  budget: BudgetName;
  signal?: AbortSignal;
}): Promise<ValidationOutcome> {
  assertWithinCaps([options.credential, ...(options.related ?? [])], getDocumentCaps(), "body.credential");
  const payload: LintTaskPayload = { credential: options.credential, related: options.related, contexts: await getContextSet() };
  // Lint verifies nothing: only operator shapes are asked of the main thread.
  const handlers = mainThreadCalls({ didResolver: getDidResolver(), checkKey: async () => [], fetch: undefined });
  return getComputePool().run<ValidationOutcome>("lint", payload, { budget: options.budget, signal: options.signal, handlers });
}
