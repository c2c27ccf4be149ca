import "server-only";
import { createHash } from "node:crypto";
import { getDatabase } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { DidResolver, DocumentLoader } from "@/lib/credentials/types";
import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { createDidResolver } from "@/lib/credentials/did/create-did-resolver";
import { createX509KeyCheck } from "@/lib/credentials/x509/create-x509-key-check";
import { createGuardedFetch, type GuardedFetch } from "@/lib/net/create-guarded-fetch";
import { findHostedDidDocument, findPinnedDidDocument } from "@/lib/participants/did-sources";
import { loadExtraContexts } from "@/lib/registry/add-json-ld-context";
import { loadTrustAnchorPems } from "@/lib/registry/add-trust-anchor";
import { submissionCredentials } from "@/lib/catalogue/submission-credentials";
import type { PipelineServices, SubmissionPolicy } from "@/lib/pipeline/pipeline-services";
import type { BudgetName } from "@/lib/compute/budget";
import type { CheckTaskPayload, ContextSet } from "@/lib/compute/check-tasks";
import type { ChecksDone } from "@/lib/pipeline/run-checks";
import { getComputePool, getDocumentCaps } from "./compute-pool";
import { mainThreadCalls } from "./main-thread-calls";

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
  const signature = contextSignature(extraContexts);
  if (holder.__dataloftLoader?.signature !== signature) {
    holder.__dataloftLoader = { signature, loader: createDocumentLoader({ extraContexts }) };
  }
  return holder.__dataloftLoader.loader;
}

function contextSignature(extraContexts: Map<string, unknown>): string {
  return createHash("sha256")
    .update(JSON.stringify([...extraContexts.keys()].sort().map((url) => [url, extraContexts.get(url)])))
    .digest("hex");
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
  const rows = await getDatabase().sql.query<{ did: string; legalName: string }>(`SELECT "did", "legalName" FROM "Participant" WHERE "did" = ANY($1::text[])`, [
    dids,
  ]);
  return new Map(rows.map((row) => [row.did, row.legalName]));
}

/** The operator's contexts as they cross into a check worker, with the signature the worker caches its loader by. */
export async function getContextSet(): Promise<ContextSet> {
  const extraContexts = await loadExtraContexts();
  return { signature: contextSignature(extraContexts), entries: [...extraContexts.entries()] };
}

/**
 * The pipeline's services. Verification and validation run in the check pool under the caller's
 * budget (anonymous by default: a door that forgets to say gets the smallest); harvesting hands in
 * its own DID resolver (peer-hosted DIDs through the peer guard), consulted here on the main thread.
 */
export async function getPipelineServices(options: { didResolver?: DidResolver; budget?: BudgetName } = {}): Promise<PipelineServices> {
  const didResolver = options.didResolver ?? getDidResolver();
  const trustAnchors = await loadTrustAnchorPems();
  const guardedFetch = getEnv().DATALOFT_DID_WEB_RESOLUTION ? createGuardedFetch() : undefined;
  const checkKey = createX509KeyCheck({ trustAnchors, fetch: guardedFetch });
  const contexts = await getContextSet();
  const handlers = mainThreadCalls({ didResolver, checkKey, fetch: guardedFetch });
  const budget = options.budget ?? "anonymous";
  const check: PipelineServices["check"] = (submission, checkOptions) => {
    const payload: CheckTaskPayload = { submission, contexts, parts: checkOptions.parts, failFast: checkOptions.failFast };
    return getComputePool().run<ChecksDone>("check", payload, { budget, signal: checkOptions.signal, handlers });
  };
  return {
    check,
    verify: async (submission) => (await check(submission, { parts: { signatures: true, schema: false, rules: false } })).verification!,
    validate: async (submission, parts) =>
      (await check(submission, { parts: { signatures: false, schema: parts?.schema ?? true, rules: parts?.rules ?? true } })).validation!,
    credentials: submissionCredentials,
    participantNames,
    policies: getPolicies(),
    caps: getDocumentCaps(),
  };
}
