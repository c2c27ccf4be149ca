import type { DocumentLoader } from "@/lib/credentials/types";

import { expandWithIssues } from "./expand-with-issues";
import { safeModeError } from "./jsonld-issues";

export interface ExpandSafelyOptions {
  document: unknown;
  documentLoader: DocumentLoader;
}

/**
 * Expanded JSON-LD, or AppError("JSONLD_SAFE_MODE") listing every term that would be dropped.
 * Same rule set as jsonld's `safe: true`, but all issues are collected (jsonld stops at the first) so a
 * publisher can fix the document in one pass.
 */
export async function expandSafely(options: ExpandSafelyOptions): Promise<unknown[]> {
  const { expanded, issues } = await expandWithIssues(options);
  if (issues.length > 0) throw safeModeError(issues);
  return expanded;
}
