// Every real example document the project carries (test/fixtures, see each PROVENANCE.md), read the
// way the portal would receive it: JSON-LD as parsed JSON, a VP-JWT as its decoded payload, Turtle as
// an RDF graph.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { Parser, Store } from "n3";

import { buildDataGraph } from "../graph/build-data-graph";
import { collectCredentials } from "../graph/collect-credentials";
import type { ShapesRegistry } from "../shapes/create-shapes-registry";
import type { ValidationOutcome } from "../types";
import { validateGraph } from "../validate-graph";
import { validateSelfDescription } from "../validate-self-description";
import { testDocumentLoader as documentLoader } from "./fixtures";

export const FIXTURES_ROOT = path.join(process.cwd(), "test", "fixtures");
const EXAMPLE_FOLDERS = ["gaiax/examples", "standards-2026/gaiax-25.11/examples", "standards-2026/healthdcat-ap-r8/examples"];
/** Files in those folders that are not documents to validate. */
export const NOT_DOCUMENTS = new Set([
  "gaiax/examples/dcat-ap/context.jsonld", // the context the DCAT-AP JSON-LD example cites
  "standards-2026/gaiax-25.11/examples/development/omb.invalid.fail01_wrong_url_type.expected.txt", // OMB's expected report
]);

function walk(folder: string): string[] {
  return readdirSync(path.join(FIXTURES_ROOT, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(`${folder}/${entry.name}`) : [`${folder}/${entry.name}`],
  );
}

/** Paths relative to test/fixtures, sorted. */
export function listArtefacts(): string[] {
  return EXAMPLE_FOLDERS.flatMap(walk)
    .filter((file) => !NOT_DOCUMENTS.has(file))
    .sort();
}

function read(file: string): string {
  return readFileSync(path.join(FIXTURES_ROOT, file), "utf8");
}

function jsonDocument(file: string): unknown {
  if (file.endsWith(".vp+jwt")) return JSON.parse(Buffer.from(read(file).trim().split(".")[1] ?? "", "base64url").toString("utf8"));
  return JSON.parse(read(file));
}

function turtleStore(file: string): Store {
  return new Store(new Parser({ format: "Turtle" }).parse(read(file)));
}

export async function validateArtefact(options: { file: string; shapes: ShapesRegistry }): Promise<ValidationOutcome> {
  const { file, shapes } = options;
  if (file.endsWith(".ttl")) {
    let store: Store;
    try {
      store = turtleStore(file);
    } catch (error) {
      // A catalogue upload that is not Turtle is refused before validation; record it as such.
      const message = error instanceof Error ? error.message : String(error);
      return {
        conforms: false,
        trustFramework: null,
        shapesUsed: [],
        unvalidated: [],
        profiles: [],
        results: [{ severity: "Violation", focusNode: "", path: null, value: null, message, sourceShape: null, sourceConstraint: "turtle:SyntaxError" }],
      };
    }
    return validateGraph({ store, shapes });
  }
  return validateSelfDescription({ document: jsonDocument(file), documentLoader, shapes });
}

/** The data graph the validator judges, or null when the document cannot become RDF. */
export async function dataGraphOf(file: string): Promise<{ store: Store; contextUrls: Set<string> } | null> {
  try {
    if (file.endsWith(".ttl")) return { store: turtleStore(file), contextUrls: new Set() };
    const graph = await buildDataGraph({ ...collectCredentials({ document: jsonDocument(file) }), documentLoader });
    return { store: graph.store, contextUrls: graph.contextUrls };
  } catch {
    // Unreadable documents (unpinned context, invalid Turtle) have no graph to cross-check; the verdict table covers them.
    return null;
  }
}
