import type { DocumentLoader } from "@/lib/credentials/types";

import { canonizeWithIssues } from "./canonize-with-issues";
import { safeModeError } from "./jsonld-issues";

export interface CanonizeSafelyOptions {
  document: unknown;
  documentLoader: DocumentLoader;
}

/** Canonical N-Quads, or AppError("JSONLD_SAFE_MODE") naming every dropped term and its path. */
export async function canonizeSafely(options: CanonizeSafelyOptions): Promise<string> {
  const { canonical, issues } = await canonizeWithIssues(options);
  if (issues.length > 0) throw safeModeError(issues);
  return canonical;
}
