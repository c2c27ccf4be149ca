import "server-only";
import { createHash } from "node:crypto";
import { getEnv } from "@/lib/env";
import type { DidResolver, DocumentLoader } from "@/lib/credentials/types";
import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { verifyCredential } from "@/lib/credentials/verify-credential";
import { verifyJwtCredential } from "@/lib/credentials/jwt/verify-jwt-credential";
import { decodeJwtCredential } from "@/lib/credentials/jwt/decode-jwt-credential";
import { createDidResolver } from "@/lib/credentials/did/create-did-resolver";
import { createX509KeyCheck } from "@/lib/credentials/x509/create-x509-key-check";
import { createGuardedFetch } from "@/lib/net/create-guarded-fetch";
import { findHostedDidDocument, findPinnedDidDocument } from "@/lib/participants/did-sources";
import { loadExtraContexts } from "@/lib/registry/add-json-ld-context";
import { loadTrustAnchorPems } from "@/lib/registry/add-trust-anchor";
import { credentialsOf } from "./derive-projection";
import type { PublishServices } from "./publish-services";
import { validateSubmission } from "./validate-submission";
import type { Submission } from "./parse-submission";

// Wires the credential core and the validator to the portal's registries: pinned contexts (plus the
// operator's), hosted and pinned DID documents, trust anchors, and — only when the operator enabled
// it — guarded HTTPS resolution of foreign did:web identifiers.

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
  holder.__dataloftResolver ??= createDidResolver({
    hosted: findHostedDidDocument,
    pinned: findPinnedDidDocument,
    https: getEnv().DATALOFT_DID_WEB_RESOLUTION ? createGuardedFetch() : undefined,
  });
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

export async function getPublishServices(): Promise<PublishServices> {
  const documentLoader = await getContextLoader();
  const didResolver = getDidResolver();
  const trustAnchors = await loadTrustAnchorPems();
  const checkKey = createX509KeyCheck({ trustAnchors, fetch: getEnv().DATALOFT_DID_WEB_RESOLUTION ? createGuardedFetch() : undefined });
  return {
    verify: (submission) =>
      submission.format === "VC_JWT" || submission.format === "VP_JWT"
        ? verifyJwtCredential({ jwt: submission.text, didResolver, documentLoader, checkKey })
        : verifyCredential({ document: submission.document, didResolver, documentLoader, format: submission.format }),
    validate: (submission) => validateSubmission({ submission, credentials: submissionCredentials(submission), documentLoader }),
    credentials: submissionCredentials,
  };
}
