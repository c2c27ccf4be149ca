import "server-only";
import { createHash } from "node:crypto";
import { getDatabase } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { DidResolver, DocumentLoader, JsonObject } from "@/lib/credentials/types";
import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { verifyCredential } from "@/lib/credentials/verify-credential";
import { verifyJwtCredential } from "@/lib/credentials/jwt/verify-jwt-credential";
import { createDidResolver } from "@/lib/credentials/did/create-did-resolver";
import { createStatusCheck } from "@/lib/credentials/status/create-status-check";
import { createX509KeyCheck } from "@/lib/credentials/x509/create-x509-key-check";
import { createGuardedFetch, type GuardedFetch } from "@/lib/net/create-guarded-fetch";
import { findHostedDidDocument, findPinnedDidDocument } from "@/lib/participants/did-sources";
import { loadExtraContexts } from "@/lib/registry/add-json-ld-context";
import { loadTrustAnchorPems } from "@/lib/registry/add-trust-anchor";
import { submissionCredentials } from "@/lib/catalogue/submission-credentials";
import { validateSubmission } from "@/lib/catalogue/validate-submission";
import type { PipelineServices, SubmissionPolicy } from "@/lib/pipeline/pipeline-services";
import { loadStatusList } from "./load-status-list";

// THE wiring module: it owns the process-wide services of the check pipeline — the document loader
// (pinned contexts plus the operator's), the DID resolver (hosted and pinned DID documents, and only
// when the operator enabled it guarded HTTPS did:web), trust anchors, status lists published here, the
// catalogue's own policies — and the setters tests use to change them. Every door gets its services
// here (getPipelineServices), so every door checks alike.

const holder = globalThis as typeof globalThis & {
  __dataloftLoader?: { signature: string; loader: DocumentLoader };
  __dataloftResolver?: DidResolver;
  __dataloftPolicies?: readonly SubmissionPolicy[];
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

/** The did:web sources of this node (hosted, then pinned), with the given fetch for everything else. */
export function createNodeDidResolver(https: GuardedFetch | undefined): DidResolver {
  return createDidResolver({ hosted: findHostedDidDocument, pinned: findPinnedDidDocument, https });
}

/** The catalogue's own policies, applied at every door (none by default). */
export function getPolicies(): readonly SubmissionPolicy[] {
  return holder.__dataloftPolicies ?? [];
}

/** Tests: replace the policies every door applies; call with no argument to restore the default. */
export function setPoliciesForTests(policies?: readonly SubmissionPolicy[]): void {
  holder.__dataloftPolicies = policies;
}

async function participantNames(dids: string[]): Promise<Map<string, string>> {
  if (dids.length === 0) return new Map();
  const rows = await getDatabase().sql.query<{ did: string; legalName: string }>(`SELECT "did", "legalName" FROM "Participant" WHERE "did" = ANY($1::text[])`, [dids]);
  return new Map(rows.map((row) => [row.did, row.legalName]));
}

/** The pipeline's services; harvesting hands in its own DID resolver (peer-hosted DIDs through the peer guard). */
export async function getPipelineServices(options: { didResolver?: DidResolver } = {}): Promise<PipelineServices> {
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
    validate: (submission, parts) =>
      validateSubmission({ submission, credentials: submissionCredentials(submission), documentLoader, schema: parts?.schema, rules: parts?.rules }),
    credentials: submissionCredentials,
    participantNames,
    policies: getPolicies(),
  };
}
