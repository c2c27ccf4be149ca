import type { DidDocument } from "@/lib/credentials/types";
import { AppError, isAppError } from "@/lib/errors/app-error";
import type { GuardedFetch } from "@/lib/net/create-guarded-fetch";

import { convertDidWebToUrl } from "./convert-did-web-to-url";

export interface FetchDidWebDocumentOptions {
  did: string;
  fetch: GuardedFetch;
}

/** Fetches a did:web document over the guarded fetch; every failure becomes DID_UNRESOLVABLE. */
export async function fetchDidWebDocument(options: FetchDidWebDocumentOptions): Promise<DidDocument> {
  const { did } = options;
  const url = convertDidWebToUrl({ did });
  let text: string;
  try {
    text = (await options.fetch(url, { accept: "application/did+json, application/json" })).text();
  } catch (cause) {
    const reason = isAppError(cause) ? cause.message : "the request failed";
    throw new AppError("DID_UNRESOLVABLE", { message: `${did} cannot be resolved from ${url}: ${reason}`, cause });
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (cause) {
    throw new AppError("DID_UNRESOLVABLE", { message: `${url} did not return JSON`, cause });
  }
  if (!document || typeof document !== "object" || Array.isArray(document)) {
    throw new AppError("DID_UNRESOLVABLE", { message: `${url} did not return a DID document object` });
  }
  // did:web binds the document to the DID: a document naming another subject is not this DID's.
  const id = (document as { id?: unknown }).id;
  if (id !== did) {
    throw new AppError("DID_UNRESOLVABLE", { message: `${url} holds the document of ${JSON.stringify(id)}, not ${did}` });
  }
  return document as DidDocument;
}
