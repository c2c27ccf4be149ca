import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { DidResolver, DocumentLoader, JsonObject } from "@/lib/credentials/types";
import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { verifyCredential } from "@/lib/credentials/verify-credential";
import { verifyJwtCredential } from "@/lib/credentials/jwt/verify-jwt-credential";
import { decodeJwtCredential } from "@/lib/credentials/jwt/decode-jwt-credential";
import { createDidResolver } from "@/lib/credentials/did/create-did-resolver";
import { createStatusCheck } from "@/lib/credentials/status/create-status-check";
import { createX509KeyCheck } from "@/lib/credentials/x509/create-x509-key-check";
import { AppError } from "@/lib/errors/app-error";
import { createGuardedFetch, type GuardedFetch } from "@/lib/net/create-guarded-fetch";
import { findHostedDidDocument, findPinnedDidDocument } from "@/lib/participants/did-sources";
import { loadExtraContexts } from "@/lib/registry/add-json-ld-context";
import { loadTrustAnchorPems } from "@/lib/registry/add-trust-anchor";
import { credentialsOf } from "./derive-projection";
import type { PublishServices } from "./publish-services";
import { validateSubmission } from "./validate-submission";
import type { Submission } from "./parse-submission";

// Wires the credential core and the validator to the portal's registries: pinned contexts (plus the
// operator's), hosted and pinned DID documents, trust anchors, status lists published here, and — only
// when the operator enabled it — guarded HTTPS resolution of foreign did:web identifiers, x5u chains
// and status lists.

const holder = globalThis as typeof globalThis & {
  __dataloftLoader?: { signature: string; loader: DocumentLoader };
  __dataloftResolver?: DidResolver;
};

/** The document loader, rebuilt only when the operator's context registry changed. */
export async function getContextLoader(): Promise<DocumentLoader> {
  const extraContexts = await loadExtraContexts();
  const signature = createHash("sha256").update(JSON.stringify([...extraContexts.keys()].sort().map((url) => [url, extraContexts.get(url)]))).digest("hex");
  if (holder.__dataloftLoader?.signature !== signature) {
    holder.__dataloftLoader = { signature, loader: createDocumentLoader({ extraContexts }) };
  }
  return holder.__dataloftLoader.loader;
}

export function getDidResolver(): DidResolver {
  holder.__dataloftResolver ??= createNodeDidResolver(getEnv().DATALOFT_DID_WEB_RESOLUTION ? createGuardedFetch() : undefined);
  return holder.__dataloftResolver;
}

/** The decoded credentials of a submission: a JWT presentation's envelopes included. */
export function submissionCredentials(submission: Submission): Record<string, unknown>[] {
  if (submission.format === "VC_JWT" || submission.format === "VP_JWT") {
    const decoded = decodeJwtCredential(submission.text);
    if (decoded.kind === "credential") return [decoded.credential];
    return decoded.envelopes.flatMap((envelope) => {
      try {
        return [decodeJwtCredential(envelope.jwt).credential];
      } catch {
        // An undecodable envelope is reported by verification; it contributes no claims.
        return [];
      }
    });
  }
  return credentialsOf(submission.document);
}

const STATUS_LIST_MEDIA_TYPES = "application/vc+jwt, application/vc+ld+json, application/vc, application/ld+json, application/json";

/** A published status list credential as the verifier takes it: a JSON object, or a compact JWT as it is. */
function readStatusList(text: string, url: string): JsonObject | string {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{")) return trimmed;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (cause) {
    throw new AppError("UPSTREAM_FAILED", { message: `${url} is neither JSON nor a compact JWT`, cause });
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new AppError("UPSTREAM_FAILED", { message: `${url} is not a JSON object` });
  }
  return parsed as JsonObject;
}

/**
 * The status list credential at `url`: the copy published in this catalogue (found by its subject id,
 * `url` or the customary `url#list`), else fetched through the guard when the operator enabled outside
 * resolution; null when it cannot be consulted offline.
 */
async function loadStatusList(url: string, fetch: GuardedFetch | undefined): Promise<JsonObject | string | null> {
  // Newest by validFrom, not by upload: anyone may re-upload an issuer's older (validly signed) list,
  // which would deprecate the current one and undo a revocation if upload order decided.
  const published = await db().selfDescription.findFirst({
    where: { subjectIds: { hasSome: [url, `${url}#list`] }, status: { in: ["ACTIVE", "DEPRECATED"] }, format: { in: ["JSONLD_VC", "VC_JWT"] } },
    orderBy: [{ validFrom: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    select: { content: true },
  });
  if (published) return readStatusList(new TextDecoder().decode(published.content), url);
  if (!fetch) return null;
  return readStatusList((await fetch(url, { accept: STATUS_LIST_MEDIA_TYPES })).text(), url);
}

/** The did:web sources of this node (hosted, then pinned), with the given fetch for everything else. */
export function createNodeDidResolver(https: GuardedFetch | undefined): DidResolver {
  return createDidResolver({ hosted: findHostedDidDocument, pinned: findPinnedDidDocument, https });
}

/** The publish services; harvesting hands in its own DID resolver (peer-hosted DIDs through the peer guard). */
export async function getPublishServices(options: { didResolver?: DidResolver } = {}): Promise<PublishServices> {
  const documentLoader = await getContextLoader();
  const didResolver = options.didResolver ?? getDidResolver();
  const trustAnchors = await loadTrustAnchorPems();
  const guardedFetch = getEnv().DATALOFT_DID_WEB_RESOLUTION ? createGuardedFetch() : undefined;
  const checkKey = createX509KeyCheck({ trustAnchors, fetch: guardedFetch });
  // A status list credential is verified like a submission but without status checks of its own:
  // depth 1, so a list naming a list (or itself) cannot loop.
  const verifyStatusList = (document: JsonObject | string) => verifyCredential({ document, didResolver, documentLoader, checkKey });
  return {
    verify: (submission) => {
      // One hook per verification: lists are shared within it and never cached across (revocations).
      const checkStatus = createStatusCheck({ loadStatusList: (url) => loadStatusList(url, guardedFetch), verifyStatusList });
      return submission.format === "VC_JWT" || submission.format === "VP_JWT"
        ? verifyJwtCredential({ jwt: submission.text, didResolver, documentLoader, checkKey, checkStatus })
        : verifyCredential({ document: submission.document, didResolver, documentLoader, format: submission.format, checkKey, checkStatus });
    },
    validate: (submission) => validateSubmission({ submission, credentials: submissionCredentials(submission), documentLoader }),
    credentials: submissionCredentials,
  };
}
