import "server-only";
import type { Quad } from "n3";
import { db } from "@/lib/db";
import type { DocumentLoader } from "@/lib/credentials/types";
import { getContextLoader } from "@/lib/wiring/services";
import { defaultShapesRegistry, type ShapeExtension, type ShapeExtensionSource, type ShapesRegistry } from "@/lib/validation/shapes/create-shapes-registry";
import type { ShapeSetId } from "@/lib/validation/types";
import { parseSchemaContent } from "./parse-schema-content";

// The "operator shapes" hook: ACTIVE uploaded schemas extend the built-in shape set they name. The
// registry asks on every validation which schemas are active (one small query, no content), and the
// content is parsed once per content hash. Every portal instance therefore sees an activation at once.

const holder = globalThis as typeof globalThis & {
  __dataloftOperatorShapes?: { parsed: Map<string, Promise<Quad[]>>; installed: WeakSet<ShapesRegistry> };
};
const state = (holder.__dataloftOperatorShapes ??= { parsed: new Map(), installed: new WeakSet() });

interface ActiveSchemaRow {
  id: string;
  contentHash: string;
  format: "TURTLE" | "JSONLD";
}

function quadsOf(row: ActiveSchemaRow, documentLoader: () => Promise<DocumentLoader>): Promise<Quad[]> {
  const key = `${row.format}:${row.contentHash}`;
  let pending = state.parsed.get(key);
  if (!pending) {
    pending = (async () => {
      const { content } = await db().schema.findUniqueOrThrow({ where: { id: row.id }, select: { content: true } });
      return (await parseSchemaContent({ content, format: row.format, documentLoader: await documentLoader() })).quads;
    })();
    // A failed parse (e.g. a context retired since the upload) is retried next time, not cached.
    pending.catch(() => state.parsed.delete(key));
    state.parsed.set(key, pending);
  }
  return pending;
}

async function activeSchemas(where: { trustFramework?: ShapeSetId } = {}) {
  return db().schema.findMany({
    where: { status: "ACTIVE", ...where },
    select: { id: true, contentHash: true, format: true, trustFramework: true },
    orderBy: { id: "asc" },
  });
}

/**
 * Extensions for one built-in set: the ACTIVE schemas whose profile names it. Fails closed: if an
 * active schema cannot be parsed, validation fails rather than silently skipping its constraints.
 */
export function createOperatorShapesSource(options: { documentLoader?: () => Promise<DocumentLoader> } = {}): ShapeExtensionSource {
  const documentLoader = options.documentLoader ?? getContextLoader;
  return async (setId) => {
    const rows = await activeSchemas({ trustFramework: setId });
    return Promise.all(
      rows.map(async (row): Promise<ShapeExtension> => ({ id: row.id, contentHash: row.contentHash, quads: await quadsOf(row, documentLoader) })),
    );
  };
}

/** Makes the registry (the process-wide one by default) consult active uploaded schemas. Idempotent. */
export function installOperatorShapes(options: { registry?: ShapesRegistry } = {}): void {
  const registry = options.registry ?? defaultShapesRegistry;
  if (state.installed.has(registry)) return;
  registry.setExtensionSource?.(createOperatorShapesSource());
  state.installed.add(registry);
}

export interface OperatorShapeIndex {
  /** Active schemas by the shape set they extend. */
  bySet: Map<string, string[]>;
  /** Which active schema declares a shape (IRI, or `_:label` for a blank node shape). */
  ownerOfShape: Map<string, string>;
}

/** For attributing findings to an uploaded schema in a stored report. */
export async function indexOperatorShapes(): Promise<OperatorShapeIndex> {
  const rows = await activeSchemas();
  const bySet = new Map<string, string[]>();
  const ownerOfShape = new Map<string, string>();
  for (const row of rows) {
    if (row.trustFramework) bySet.set(row.trustFramework, [...(bySet.get(row.trustFramework) ?? []), row.id]);
    for (const quad of await quadsOf(row, getContextLoader)) {
      const subject = quad.subject.termType === "BlankNode" ? `_:${quad.subject.value}` : quad.subject.value;
      if (!ownerOfShape.has(subject)) ownerOfShape.set(subject, row.id);
    }
  }
  return { bySet, ownerOfShape };
}
