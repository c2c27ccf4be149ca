// The portal's DID resolver. did:key and did:jwk are computed locally; did:web is looked up in the
// portal's own participants, then in operator-pinned documents, and only then — when an HTTPS
// fetcher was handed in on purpose — on the web. Verification therefore stays offline by default.
import { systemClock, type Clock, type DidDocument, type DidResolution, type DidResolver } from "@/lib/credentials/types";
import { AppError, isAppError } from "@/lib/errors/app-error";
import type { GuardedFetch } from "@/lib/net/create-guarded-fetch";

import { createLruCache } from "./create-lru-cache";
import { fetchDidWebDocument } from "./fetch-did-web-document";
import { resolveDidJwk } from "./resolve-did-jwk";
import { resolveDidKey } from "./resolve-did-key";

export type DidDocumentSource = (did: string) => Promise<DidDocument | null>;

export interface CreateDidResolverOptions {
  /** Documents of the portal's own participants (wired to the database by the app). */
  hosted?: DidDocumentSource;
  /** Documents an operator pinned for DIDs that are known but not reachable. */
  pinned?: DidDocumentSource;
  /** Guarded HTTPS fetcher; without it did:web never leaves the process. */
  https?: GuardedFetch;
  /** Cache of HTTPS results (defaults: 200 entries, 5 minutes). */
  cache?: { maxEntries?: number; ttlMs?: number };
  clock?: Clock;
}

const DID_PATTERN = /^did:[a-z0-9]+:[A-Za-z0-9._:%_-]+$/;

async function fromSource(source: DidDocumentSource, did: string, name: string): Promise<DidDocument | null> {
  let document: DidDocument | null;
  try {
    document = await source(did);
  } catch (cause) {
    throw new AppError("DID_UNRESOLVABLE", { message: `${did}: the ${name} DID store failed`, cause });
  }
  if (document && document.id !== did) {
    throw new AppError("DID_UNRESOLVABLE", { message: `${did}: the ${name} document is for ${document.id}` });
  }
  return document;
}

/** A DidResolver over did:key, did:jwk and did:web; failures throw AppError("DID_UNRESOLVABLE"). */
export function createDidResolver(options: CreateDidResolverOptions = {}): DidResolver {
  const cache = createLruCache<DidDocument>({
    maxEntries: options.cache?.maxEntries ?? 200,
    ttlMs: options.cache?.ttlMs ?? 5 * 60_000,
    clock: options.clock ?? systemClock,
  });

  async function resolveDidWeb(did: string): Promise<DidResolution> {
    const hosted = options.hosted && (await fromSource(options.hosted, did, "hosted"));
    if (hosted) return { document: hosted, source: "hosted" };
    const pinned = options.pinned && (await fromSource(options.pinned, did, "pinned"));
    if (pinned) return { document: pinned, source: "pinned" };
    if (!options.https) {
      throw new AppError("DID_UNRESOLVABLE", {
        message: `${did} is neither hosted here nor pinned, and resolution over HTTPS is not enabled`,
      });
    }
    const cached = cache.get(did);
    if (cached) return { document: cached, source: "https" };
    const document = await fetchDidWebDocument({ did, fetch: options.https });
    cache.set(did, document);
    return { document, source: "https" };
  }

  return {
    async resolve(did) {
      if (typeof did !== "string" || !DID_PATTERN.test(did)) {
        throw new AppError("DID_UNRESOLVABLE", { message: `${String(did).slice(0, 120)} is not a DID` });
      }
      try {
        if (did.startsWith("did:key:")) return { document: resolveDidKey({ did }), source: "did:key" };
        if (did.startsWith("did:jwk:")) return { document: resolveDidJwk({ did }), source: "did:jwk" };
        if (did.startsWith("did:web:")) return await resolveDidWeb(did);
      } catch (cause) {
        if (isAppError(cause) && cause.code === "DID_UNRESOLVABLE") throw cause;
        throw new AppError("DID_UNRESOLVABLE", { message: `${did} cannot be resolved`, cause });
      }
      throw new AppError("DID_UNRESOLVABLE", { message: `DID method of ${did} is not supported (did:key, did:jwk, did:web)` });
    },
  };
}
