import type { DocumentLoader } from "@/lib/credentials/types";
import { AppError, isAppError } from "@/lib/errors/app-error";

import { buildDataGraph, type DroppedTerm } from "./graph/build-data-graph";
import { collectCredentials } from "./graph/collect-credentials";
import { defaultShapesRegistry, type ShapesRegistry } from "./shapes/create-shapes-registry";
import { SHAPE_SETS } from "./shapes/shape-sets";
import { sortResults } from "./sort-results";
import { verdictOf, type ValidationOutcome, type ValidationResult } from "./types";
import { validateGraph, type ValidationProfile } from "./validate-graph";

export type { ValidationProfile } from "./validate-graph";

export interface ValidateSelfDescriptionOptions {
  /** Parsed JSON-LD VC or VP, or the decoded payloads of a JWT VP as an array of credentials. */
  document: unknown;
  documentLoader: DocumentLoader;
  shapes?: ShapesRegistry;
  profile?: ValidationProfile;
}

function unwrapCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth += 1) {
    if (isAppError(current)) return current;
    const next = (current as { cause?: unknown; details?: { cause?: unknown } }).cause ?? (current as { details?: { cause?: unknown } }).details?.cause;
    if (!next) break;
    current = next;
  }
  return current;
}

// A document we cannot turn into RDF (unknown context, broken JSON-LD) is a finding, not a crash.
function graphFailure(error: unknown): ValidationResult {
  const cause = unwrapCause(error);
  const message = cause instanceof Error ? cause.message : "The document could not be read as JSON-LD";
  return {
    severity: "Violation",
    focusNode: "",
    path: "@context",
    value: null,
    message,
    sourceShape: null,
    sourceConstraint: isAppError(cause) ? `jsonld:${cause.code}` : "jsonld:INVALID",
  };
}

/**
 * Validates a self-description against the shapes of the trust framework it uses. Every credential of
 * a presentation goes into one graph (references by id resolve); only credential subjects are
 * validated, never the envelope.
 */
export async function validateSelfDescription(options: ValidateSelfDescriptionOptions): Promise<ValidationOutcome> {
  const { document, documentLoader, shapes = defaultShapesRegistry, profile = "auto" } = options;
  if (typeof documentLoader !== "function") {
    throw new AppError("BAD_REQUEST", { message: "validateSelfDescription needs a documentLoader" });
  }
  if (profile !== "auto" && !(profile in SHAPE_SETS)) {
    throw new AppError("BAD_REQUEST", { message: `Unknown validation profile: ${String(profile)}` });
  }
  const collected = collectCredentials({ document });

  let graph;
  try {
    graph = await buildDataGraph({ ...collected, documentLoader });
  } catch (error) {
    return { conforms: false, trustFramework: null, shapesUsed: [], results: [graphFailure(error)], unvalidated: [], profiles: [] };
  }

  const outcome = await validateGraph({ store: graph.store, subjects: graph.subjects, contextUrls: graph.contextUrls, shapes, profile });
  const extra = graph.dropped.map(droppedTermWarning);
  // Shapes pass an empty graph vacuously; a self-description with nothing readable must not.
  if (graph.store.size === 0) extra.push(EMPTY_GRAPH);
  if (extra.length === 0) return outcome;
  const results = sortResults({ results: [...outcome.results, ...extra] });
  return { ...outcome, conforms: verdictOf({ results, unvalidated: outcome.unvalidated }), results };
}

const EMPTY_GRAPH: ValidationResult = {
  severity: "Violation",
  focusNode: "",
  path: "credentialSubject",
  value: null,
  message: "The document holds no credential subject data the portal could read: check the contexts and the credentialSubject",
  sourceShape: null,
  sourceConstraint: "validation:EmptyGraph",
};

// Lenient JSON-LD keeps real-world 22.10 files readable, but what it drops must not vanish silently:
// a shape then reports the field as missing and the warning says why.
function droppedTermWarning(dropped: DroppedTerm): ValidationResult {
  const message =
    dropped.code === "invalid property"
      ? `"${dropped.term}" is not defined by any context and was ignored: use a defined term (for 22.10, gx:${dropped.term.replace(/^[^:]*:/, "")}) or add its context`
      : `"${dropped.term}" is a relative ${dropped.code.includes("@type") ? "type" : "id"}, so the node it names was left out: use an absolute IRI`;
  return { severity: "Warning", focusNode: "", path: dropped.term, value: null, message, sourceShape: null, sourceConstraint: `jsonld:${dropped.code}` };
}
