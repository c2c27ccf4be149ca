import { createHash } from "node:crypto";

import { Store } from "n3";
import Validator from "shacl-engine/Validator.js";

import type { ShapeSetId } from "../types";
import { parseShapesFile } from "./parse-shapes-file";
import { rdfFactory } from "./rdf-factory";
import { SHAPE_SETS } from "./shape-sets";

const SUBCLASS_OF = "http://www.w3.org/2000/01/rdf-schema#subClassOf";

export interface CompiledShapes {
  id: ShapeSetId;
  /** sha256 over the files' bytes in order; identifies exactly which shapes produced a report. */
  contentHash: string;
  quadCount: number;
  shapes: Store;
  validator: Validator;
}

export interface ShapesRegistry {
  get(id: ShapeSetId): Promise<CompiledShapes>;
  /** Ids currently held, as `id@contentHash`. */
  loaded(): string[];
}

export interface CreateShapesRegistryOptions {
  /** Defaults to <cwd>/standards/shapes. */
  shapesDirectory?: string;
}

/**
 * Parses and compiles each shape set once per process. The promise is cached, so concurrent first
 * requests share one parse; the 2.3 MB Loire shapes take about a second to parse.
 */
export function createShapesRegistry(options: CreateShapesRegistryOptions = {}): ShapesRegistry {
  const byId = new Map<ShapeSetId, Promise<CompiledShapes>>();
  const byKey = new Map<string, CompiledShapes>();

  async function compile(id: ShapeSetId): Promise<CompiledShapes> {
    const definition = SHAPE_SETS[id];
    const hash = createHash("sha256");
    const shapes = new Store();
    for (const file of definition.files) {
      const parsed = await parseShapesFile({ file, shapesDirectory: options.shapesDirectory });
      hash.update(parsed.bytes);
      shapes.addQuads(parsed.quads);
    }
    for (const file of definition.classHierarchyFiles ?? []) {
      const parsed = await parseShapesFile({ file, shapesDirectory: options.shapesDirectory });
      hash.update(parsed.bytes);
      shapes.addQuads(parsed.quads.filter((quad) => quad.predicate.value === SUBCLASS_OF));
    }
    const contentHash = hash.digest("hex");
    const key = `${id}@${contentHash}`;
    const known = byKey.get(key);
    if (known) return known;
    const compiled: CompiledShapes = {
      id,
      contentHash,
      quadCount: shapes.size,
      shapes,
      validator: new Validator(shapes, { factory: rdfFactory, details: true }),
    };
    byKey.set(key, compiled);
    return compiled;
  }

  return {
    get(id) {
      let pending = byId.get(id);
      if (!pending) {
        pending = compile(id);
        // A failed parse must not poison the cache for later calls.
        pending.catch(() => byId.delete(id));
        byId.set(id, pending);
      }
      return pending;
    },
    loaded: () => [...byKey.keys()].sort(),
  };
}

/** The process-wide registry used when a caller does not pass its own. */
export const defaultShapesRegistry: ShapesRegistry = createShapesRegistry();
