import { createHash } from "node:crypto";

import { Store } from "n3";
import type { Quad } from "n3";
import Validator from "shacl-engine/Validator.js";

import { OWL_CLASS, RDF_TYPE, RDFS_CLASS, RDFS_SUBCLASS_OF } from "../namespaces";
import type { ShapeSetId } from "../types";
import { indexShapes, type ShapesIndex } from "./index-shapes";
import { parseShapesFile } from "./parse-shapes-file";
import { rdfFactory } from "./rdf-factory";
import { SHAPE_SETS, type ShapeSetDefinition } from "./shape-sets";

export interface CompiledShapes {
  id: ShapeSetId;
  /** sha256 over the files' bytes in order; identifies exactly which shapes produced a report. */
  contentHash: string;
  quadCount: number;
  shapes: Store;
  validator: Validator;
  /** Targets and defined classes, to tell "passed" from "never looked at". */
  index: ShapesIndex;
  /** Set definition it was compiled from (vocabulary namespace, legacy flag). */
  definition: ShapeSetDefinition;
  /** Extensions merged into this set (operator shapes), as `extensionId@contentHash`; absent for the built-in set alone. */
  extensions?: string[];
}

/**
 * Extra shapes added to a built-in set, e.g. an operator's uploaded schema (lib/schemas). Additive only:
 * an extension can add constraints, never remove the built-in ones.
 */
export interface ShapeExtension {
  /** Stable identifier of the extension (the schema row id). */
  id: string;
  /** sha256 of the extension's content; the merged set's contentHash changes with it. */
  contentHash: string;
  quads: Quad[];
}

/** Asked on every `get`, so activating or retiring an extension takes effect without a restart. */
export type ShapeExtensionSource = (id: ShapeSetId) => Promise<ShapeExtension[]>;

export interface ShapesRegistry {
  get(id: ShapeSetId): Promise<CompiledShapes>;
  /** Ids currently held, as `id@contentHash`. */
  loaded(): string[];
  /** Sets (or with null removes) the source of extensions merged into each set. */
  setExtensionSource?(source: ShapeExtensionSource | null): void;
  /** The extensions the current source gives for a set (none without a source): check workers ask for these. */
  extensionsFor?(id: ShapeSetId): Promise<ShapeExtension[]>;
}

export interface CreateShapesRegistryOptions {
  /** Defaults to <cwd>/standards/shapes. */
  shapesDirectory?: string;
  extensions?: ShapeExtensionSource;
  /** Replaces the built-in definitions (tests: upstream test shapes under an id of ours). */
  definitions?: Partial<Record<ShapeSetId, ShapeSetDefinition>>;
}

/**
 * Parses and compiles each shape set once per process. The promise is cached, so concurrent first
 * requests share one parse; the 2.3 MB Loire shapes take about a second to parse.
 */
export function createShapesRegistry(options: CreateShapesRegistryOptions = {}): ShapesRegistry {
  const byId = new Map<ShapeSetId, Promise<CompiledShapes>>();
  const byKey = new Map<string, CompiledShapes>();

  async function compile(id: ShapeSetId): Promise<CompiledShapes> {
    const definition = options.definitions?.[id] ?? SHAPE_SETS[id];
    const hash = createHash("sha256");
    const shapes = new Store();
    const declaredClasses: string[] = [];
    for (const file of definition.files) {
      const parsed = await parseShapesFile({ file, shapesDirectory: options.shapesDirectory });
      hash.update(parsed.bytes);
      shapes.addQuads(parsed.quads);
    }
    for (const file of definition.classHierarchyFiles ?? []) {
      const parsed = await parseShapesFile({ file, shapesDirectory: options.shapesDirectory });
      hash.update(parsed.bytes);
      shapes.addQuads(parsed.quads.filter((quad) => quad.predicate.value === RDFS_SUBCLASS_OF));
      for (const quad of parsed.quads) {
        if (quad.predicate.value === RDF_TYPE && (quad.object.value === OWL_CLASS || quad.object.value === RDFS_CLASS))
          declaredClasses.push(quad.subject.value);
      }
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
      index: indexShapes({ shapes, declaredClasses }),
      definition,
    };
    byKey.set(key, compiled);
    return compiled;
  }

  function getBuiltin(id: ShapeSetId): Promise<CompiledShapes> {
    let pending = byId.get(id);
    if (!pending) {
      pending = compile(id);
      // A failed parse must not poison the cache for later calls.
      pending.catch(() => byId.delete(id));
      byId.set(id, pending);
    }
    return pending;
  }

  let extensionSource = options.extensions ?? null;
  // Only the latest merge per set is kept: extensions change rarely, and an old merge is never asked for again.
  const extended = new Map<ShapeSetId, CompiledShapes>();

  function extend(builtin: CompiledShapes, extensions: ShapeExtension[]): CompiledShapes {
    const sorted = [...extensions].sort((a, b) => a.id.localeCompare(b.id));
    const labels = sorted.map((extension) => `${extension.id}@${extension.contentHash}`);
    const contentHash = createHash("sha256")
      .update([builtin.contentHash, ...labels].join("\n"))
      .digest("hex");
    const known = extended.get(builtin.id);
    if (known?.contentHash === contentHash) return known;
    const shapes = new Store();
    shapes.addQuads([...builtin.shapes]);
    for (const extension of sorted) shapes.addQuads(extension.quads);
    const compiled: CompiledShapes = {
      id: builtin.id,
      contentHash,
      quadCount: shapes.size,
      shapes,
      validator: new Validator(shapes, { factory: rdfFactory, details: true }),
      index: indexShapes({ shapes, declaredClasses: builtin.index.definedClasses }),
      definition: builtin.definition,
      extensions: labels,
    };
    extended.set(builtin.id, compiled);
    return compiled;
  }

  return {
    async get(id) {
      const builtin = await getBuiltin(id);
      const source = extensionSource;
      if (!source) return builtin;
      const extensions = await source(id);
      return extensions.length === 0 ? builtin : extend(builtin, extensions);
    },
    loaded: () => [...byKey.keys(), ...[...extended.values()].map((compiled) => `${compiled.id}@${compiled.contentHash}`)].sort(),
    setExtensionSource(source) {
      extensionSource = source;
      extended.clear();
    },
    extensionsFor: async (id) => (extensionSource ? extensionSource(id) : []),
  };
}

/** The process-wide registry used when a caller does not pass its own. */
export const defaultShapesRegistry: ShapesRegistry = createShapesRegistry();
