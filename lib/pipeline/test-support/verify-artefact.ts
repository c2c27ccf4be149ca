// The verification verdict of one real artefact as the check endpoint would give it offline: the
// submission parsed by its file type, then the pipeline's own verify function (lib/pipeline/create-check-functions)
// with the pinned contexts only, the DID documents test/fixtures/gaiax/did holds (did:key and did:jwk
// derived), no X.509 trust anchors, no reachable status lists, and the clock at VERDICT_DAY.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { parseSubmission } from "@/lib/catalogue/parse-submission";
import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { createStaticDidResolver } from "@/lib/credentials/ld-proofs/create-static-did-resolver";
import type { DidDocument, VerificationOutcome } from "@/lib/credentials/types";
import { isAppError } from "@/lib/errors/app-error";
import { FIXTURES_ROOT } from "@/lib/validation/test-support/artefacts";

import { createCheckFunctions } from "../create-check-functions";

export const VERDICT_DAY = "2026-06-01T00:00:00Z";

export interface VerificationRow {
  /** null: refused at the door (see refusedAs), or not a credential format at all (Turtle). */
  verified: boolean | null;
  format: string | null;
  /** The AppError code parseSubmission refused the file with, if it did. */
  refusedAs: string | null;
  /** Distinct ids of the failed checks (not warnings) anywhere in the outcome: top, embedded, compliance. */
  failing: string[];
  /** Distinct ids of the checks that failed as warnings only. */
  warnings: string[];
}

const didFolder = path.join(FIXTURES_ROOT, "gaiax", "did");
const pinned = new Map<string, DidDocument>();
for (const file of readdirSync(didFolder).filter((name) => name.endsWith(".json"))) {
  const document = JSON.parse(readFileSync(path.join(didFolder, file), "utf8")) as DidDocument;
  pinned.set(document.id, document);
}

const functions = createCheckFunctions({
  documentLoader: createDocumentLoader(),
  didResolver: createStaticDidResolver({ documents: pinned }),
  checkKey: async () => [],
  loadStatusList: async () => null,
  clock: { now: () => new Date(VERDICT_DAY) },
});

function contentTypeOf(file: string): string {
  if (file.endsWith(".vp+jwt")) return "application/vp+jwt";
  if (file.endsWith(".vc+jwt")) return "application/vc+jwt";
  return "application/ld+json";
}

function outcomes(outcome: VerificationOutcome): VerificationOutcome[] {
  return [outcome, ...(outcome.credentials ?? []).flatMap(outcomes), ...(outcome.compliance ? outcomes(outcome.compliance) : [])];
}

export async function verifyArtefact(file: string): Promise<VerificationRow> {
  if (file.endsWith(".ttl")) return { verified: null, format: null, refusedAs: "UNSUPPORTED_MEDIA_TYPE", failing: [], warnings: [] };
  const text = readFileSync(path.join(FIXTURES_ROOT, file), "utf8");
  let submission;
  try {
    submission = parseSubmission({ text, contentType: contentTypeOf(file) });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { verified: null, format: null, refusedAs: error.code, failing: [], warnings: [] };
  }
  const outcome = await functions.verify(submission);
  const checks = outcomes(outcome).flatMap((entry) => entry.checks);
  const distinct = (ids: string[]) => [...new Set(ids)].sort();
  return {
    verified: outcome.verified,
    format: submission.format,
    refusedAs: null,
    failing: distinct(checks.filter((check) => !check.passed && check.severity !== "warning").map((check) => check.id)),
    warnings: distinct(checks.filter((check) => !check.passed && check.severity === "warning").map((check) => check.id)),
  };
}
