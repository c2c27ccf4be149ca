import { AppError } from "@/lib/errors/app-error";
import type { DocumentLoader } from "@/lib/credentials/types";

import { readContextManifest, readPinnedContext } from "./read-pinned-contexts";

export interface CreateDocumentLoaderOptions {
  /** Operator-registered contexts (URL -> parsed JSON), checked after the pinned set. */
  extraContexts?: Map<string, unknown>;
  /** Serve the W3C `@vocab` catch-all contexts; only for reading third-party examples, never for publishing. */
  allowVocabCatchAll?: boolean;
  /** Folder with manifest.json; defaults to standards/contexts under the working directory. */
  contextsDirectory?: string;
}

/**
 * Offline JSON-LD document loader: serves pinned contexts by exact URL and refuses everything else,
 * including DID URLs (those go through a DidResolver). It never touches the network.
 */
export function createDocumentLoader(options: CreateDocumentLoaderOptions = {}): DocumentLoader {
  const { extraContexts, allowVocabCatchAll = false, contextsDirectory } = options;
  const manifest = readContextManifest({ directory: contextsDirectory });
  // Same wrapper object per URL: jsonld.js keys its resolved-context cache on what the loader returns.
  const responses = new Map<string, Awaited<ReturnType<DocumentLoader>>>();

  return async function documentLoader(url: string) {
    const known = responses.get(url);
    if (known) return known;
    const entry = manifest.get(url);
    let document: unknown;
    if (entry) {
      if (entry.vocabCatchAll && !allowVocabCatchAll) {
        throw new AppError("UNKNOWN_CONTEXT", {
          message: `JSON-LD context ${url} is an @vocab catch-all and is not accepted: define the terms in a real context`,
          details: { url },
        });
      }
      document = readPinnedContext({ url, directory: contextsDirectory });
    } else if (extraContexts?.has(url)) {
      document = extraContexts.get(url);
    } else {
      throw new AppError("UNKNOWN_CONTEXT", {
        message: `JSON-LD context not allowed: ${url} (only pinned or operator-registered contexts are loaded)`,
        details: { url },
      });
    }
    // tag "static" lets jsonld.js keep the *processed* context in its process-wide cache (it skips the
    // loader then). Only for pinned, hash-checked contexts every loader serves identically: operator and
    // catch-all contexts stay per-loader, or a permissive loader would leak them into a strict one.
    const shared = entry !== undefined && !entry.vocabCatchAll;
    const response = { contextUrl: null, documentUrl: url, document, ...(shared ? { tag: "static" } : {}) };
    responses.set(url, response);
    return response;
  };
}
