import jsonld from "jsonld";

import type { DocumentLoader } from "@/lib/credentials/types";

import { createIssueCollector, findUndefinedPrefixes, isSafeModeError, unwrapLoaderError, type JsonLdIssue } from "./jsonld-issues";

export interface ExpandWithIssuesOptions {
  document: unknown;
  documentLoader: DocumentLoader;
}

/** Expanded JSON-LD plus every term dropped, left relative or under an undefined prefix (nothing thrown for those). */
export async function expandWithIssues(options: ExpandWithIssuesOptions): Promise<{ expanded: unknown[]; issues: JsonLdIssue[] }> {
  const { document, documentLoader } = options;
  try {
    // Fast path: jsonld's own safe mode is cheaper than collecting events; clean documents never leave it.
    const expanded = await jsonld.expand(document, { documentLoader, safe: true });
    return { expanded, issues: findUndefinedPrefixes(expanded, document) };
  } catch (error) {
    if (!isSafeModeError(error)) throw unwrapLoaderError(error);
  }
  const { issues, eventHandler } = createIssueCollector(document);
  try {
    const expanded = await jsonld.expand(document, { documentLoader, safe: false, eventHandler });
    return { expanded, issues: [...issues, ...findUndefinedPrefixes(expanded, document)] };
  } catch (error) {
    throw unwrapLoaderError(error);
  }
}
