import { AppError } from "@/lib/errors/app-error";

// Caps checked on the main thread BEFORE any expensive work (JSON-LD expansion, canonicalisation,
// SHACL): one cheap pass over the parsed JSON. A 1 MB body of ~19,000 blank nodes fits the byte cap
// but costs seconds of CPU to canonicalise; these caps refuse it in microseconds.

export interface DocumentCaps {
  /** Deepest nesting of objects and arrays. */
  maxDepth: number;
  /** Objects and arrays in all. */
  maxNodes: number;
  /** Objects without `id`/`@id` (outside `@context`): each becomes a blank node to canonicalise. */
  maxBlankNodes: number;
  /** Object members plus array items: an upper bound on the statements the document expands to. */
  maxTerms: number;
}

/** Real Gaia-X and health credentials (test/fixtures) stay below a quarter of each cap (depth 8, 616 objects, 74 blank nodes, 1,572 terms at most); see the test. */
export const DEFAULT_DOCUMENT_CAPS: DocumentCaps = { maxDepth: 32, maxNodes: 20_000, maxBlankNodes: 1_000, maxTerms: 50_000 };

export interface DocumentMeasure {
  depth: number;
  nodes: number;
  blankNodes: number;
  terms: number;
}

type Cap = keyof DocumentCaps;
const MEASURE_OF: Record<Cap, keyof DocumentMeasure> = { maxDepth: "depth", maxNodes: "nodes", maxBlankNodes: "blankNodes", maxTerms: "terms" };
const WORDS: Record<Cap, string> = {
  maxDepth: "nesting depth",
  maxNodes: "number of objects and arrays",
  maxBlankNodes: "number of blank nodes (objects without id)",
  maxTerms: "number of terms",
};

/**
 * Measures a parsed JSON value in one iterative pass (no recursion: a hostile depth cannot overflow
 * the stack). Stops early once `caps` are exceeded, so a hostile document costs no more than the cap.
 */
export function measureDocument(value: unknown, caps?: DocumentCaps): DocumentMeasure {
  const measure: DocumentMeasure = { depth: 0, nodes: 0, blankNodes: 0, terms: 0 };
  const stack: { value: unknown; depth: number; inContext: boolean }[] = [{ value, depth: 1, inContext: false }];
  while (stack.length > 0) {
    const { value: current, depth, inContext } = stack.pop()!;
    if (current === null || typeof current !== "object") continue;
    measure.nodes += 1;
    if (depth > measure.depth) measure.depth = depth;
    if (Array.isArray(current)) {
      measure.terms += current.length;
      for (const item of current) stack.push({ value: item, depth: depth + 1, inContext });
    } else {
      const record = current as Record<string, unknown>;
      if (!inContext && record.id === undefined && record["@id"] === undefined && record["@value"] === undefined) measure.blankNodes += 1;
      for (const key in record) {
        measure.terms += 1;
        stack.push({ value: record[key], depth: depth + 1, inContext: inContext || key === "@context" });
      }
    }
    if (caps && exceeded(measure, caps)) break;
  }
  return measure;
}

function exceeded(measure: DocumentMeasure, caps: DocumentCaps): Cap | null {
  for (const cap of Object.keys(MEASURE_OF) as Cap[]) if (measure[MEASURE_OF[cap]] > caps[cap]) return cap;
  return null;
}

/**
 * Throws PAYLOAD_TOO_LARGE (413: too many nodes or terms) or DOCUMENT_TOO_COMPLEX (422: too deep, too
 * many blank nodes), naming the cap, its limit and the value found (a lower bound: the pass stops early).
 */
export function assertWithinCaps(documents: readonly unknown[], caps: DocumentCaps = DEFAULT_DOCUMENT_CAPS, where = "body"): void {
  const total: DocumentMeasure = { depth: 0, nodes: 0, blankNodes: 0, terms: 0 };
  for (const document of documents) {
    const measure = measureDocument(document, caps);
    total.depth = Math.max(total.depth, measure.depth);
    total.nodes += measure.nodes;
    total.blankNodes += measure.blankNodes;
    total.terms += measure.terms;
    const cap = exceeded(total, caps);
    if (!cap) continue;
    const found = total[MEASURE_OF[cap]];
    const code = cap === "maxNodes" || cap === "maxTerms" ? "PAYLOAD_TOO_LARGE" : "DOCUMENT_TOO_COMPLEX";
    throw new AppError(code, {
      message: `The document is too large to check: its ${WORDS[cap]} is at least ${found}, the limit (${cap}) is ${caps[cap]}.`,
      invalidParams: [{ name: where, reason: `${cap} ${caps[cap]} exceeded (found ${found})` }],
      details: { cap, limit: caps[cap], found },
    });
  }
}
