import "server-only";
import { Parser } from "n3";
import type { DidResolution, DocumentLoader, FoundVerificationMethod, JsonObject, VerificationCheck } from "@/lib/credentials/types";
import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { createCheckFunctions } from "@/lib/pipeline/create-check-functions";
import { runChecks } from "@/lib/pipeline/run-checks";
import { lintCredential } from "@/lib/validation/lint-credential";
import { defaultShapesRegistry, type ShapeExtension } from "@/lib/validation/shapes/create-shapes-registry";
import type { ShapeSetId } from "@/lib/validation/types";
import { serveTasks, type CallMain } from "./serve-tasks";
import type { CheckTaskPayload, ContextSet, LintTaskPayload, SerializedShapeExtension } from "./check-tasks";

// The check worker: JSON-LD expansion, canonicalisation, signature suites and SHACL run here, off the
// web thread. What lives in the database is asked of the main thread per task (see check-tasks.ts).
// Never import lib/db here: the embedded database may be opened by one thread only.

let loader: { signature: string; documentLoader: DocumentLoader } | null = null;

function loaderFor(contexts: ContextSet): DocumentLoader {
  if (loader?.signature !== contexts.signature) {
    loader = { signature: contexts.signature, documentLoader: createDocumentLoader({ extraContexts: new Map(contexts.entries) }) };
  }
  return loader.documentLoader;
}

// Operator shapes: the main thread says which are active (and sends their quads); parsed once per hash.
const parsedExtensions = new Map<string, ShapeExtension>();
let askMain: CallMain | null = null;
defaultShapesRegistry.setExtensionSource?.(async (setId: ShapeSetId) => {
  if (!askMain) return [];
  const extensions = (await askMain("shapeExtensions", setId)) as SerializedShapeExtension[];
  return extensions.map((extension) => {
    const key = `${extension.id}@${extension.contentHash}`;
    let parsed = parsedExtensions.get(key);
    if (!parsed) {
      // Keep blank node labels: stored reports attribute `_:label` shapes to their schema.
      parsed = { id: extension.id, contentHash: extension.contentHash, quads: new Parser({ format: "N-Quads", blankNodePrefix: "" }).parse(extension.nquads) };
      parsedExtensions.set(key, parsed);
    }
    return parsed;
  });
});

function functionsFor(contexts: ContextSet, callMain: CallMain) {
  return createCheckFunctions({
    documentLoader: loaderFor(contexts),
    didResolver: { resolve: async (did) => (await callMain("resolveDid", did)) as DidResolution },
    checkKey: async (options: { key: FoundVerificationMethod; signedAt: Date; path?: string }) => (await callMain("checkKey", options)) as VerificationCheck[],
    loadStatusList: async (url) => (await callMain("loadStatusList", url)) as JsonObject | string | null,
  });
}

export default serveTasks({
  check: (payload: CheckTaskPayload, callMain) => {
    // One task at a time per worker (tinypool's default), so the task's callMain is the one to ask.
    askMain = callMain;
    return runChecks(functionsFor(payload.contexts, callMain), payload.submission, payload);
  },
  lint: (payload: LintTaskPayload, callMain) => {
    askMain = callMain;
    return lintCredential({ credential: payload.credential, related: payload.related, documentLoader: loaderFor(payload.contexts) });
  },
});
