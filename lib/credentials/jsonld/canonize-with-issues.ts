import jsonld from "jsonld";

import type { DocumentLoader } from "@/lib/credentials/types";

import { createIssueCollector, isSafeModeError, unwrapLoaderError, type JsonLdIssue } from "./jsonld-issues";

export interface CanonizeWithIssuesOptions {
  document: unknown;
  documentLoader: DocumentLoader;
  /** `document` is already expanded (expandWithIssues output): skip the second expansion. */
  expanded?: boolean;
}

/**
 * RDFC-1.0 (URDNA2015) N-Quads plus every term the processing dropped. Used for the legacy policy:
 * real 22.10/XFSC files lose terms, and we must say which instead of failing or hiding it.
 */
export async function canonizeWithIssues(options: CanonizeWithIssuesOptions): Promise<{ canonical: string; issues: JsonLdIssue[] }> {
  const { document, documentLoader } = options;
  const settings = { algorithm: "RDFC-1.0", format: "application/n-quads", documentLoader, skipExpansion: options.expanded ?? false };
  try {
    // Fast path: safe mode succeeds for every clean document and is cheaper than collecting events.
    return { canonical: await jsonld.canonize(document, { ...settings, safe: true }), issues: [] };
  } catch (error) {
    if (!isSafeModeError(error)) throw unwrapLoaderError(error);
  }
  const { issues, eventHandler } = createIssueCollector(document);
  try {
    const canonical = await jsonld.canonize(document, { ...settings, safe: false, eventHandler });
    return { canonical, issues };
  } catch (error) {
    throw unwrapLoaderError(error);
  }
}
