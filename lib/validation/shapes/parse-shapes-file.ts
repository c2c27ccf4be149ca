import { readFileSync } from "node:fs";
import path from "node:path";

import jsonld from "jsonld";
import { Parser } from "n3";
import type { Quad } from "n3";

import { AppError } from "@/lib/errors/app-error";

export interface ParseShapesFileOptions {
  /** Path relative to the shapes directory. */
  file: string;
  /** Defaults to <cwd>/standards/shapes. */
  shapesDirectory?: string;
}

export interface ParsedShapesFile {
  quads: Quad[];
  /** Raw bytes, so the registry can key compiled shapes by content. */
  bytes: Buffer;
}

export function shapesDirectoryOrDefault(shapesDirectory?: string): string {
  return shapesDirectory ?? path.join(process.cwd(), "standards", "shapes");
}

// Shapes files carry their @context inline; anything remote would be an unpinned dependency.
async function refuseRemoteContexts(url: string): Promise<never> {
  throw new AppError("UNKNOWN_CONTEXT", { message: `Shapes files must not load remote contexts (${url})` });
}

/** Reads one Turtle or JSON-LD shapes file into quads (JSON-LD goes through N-Quads, as n3 terms). */
export async function parseShapesFile(options: ParseShapesFileOptions): Promise<ParsedShapesFile> {
  const filePath = path.join(shapesDirectoryOrDefault(options.shapesDirectory), options.file);
  const bytes = readFileSync(filePath);
  const text = bytes.toString("utf8");
  if (options.file.endsWith(".ttl")) {
    return { quads: new Parser({ format: "Turtle" }).parse(text), bytes };
  }
  if (options.file.endsWith(".jsonld") || options.file.endsWith(".json")) {
    const nQuads = (await jsonld.toRDF(JSON.parse(text), {
      format: "application/n-quads",
      documentLoader: refuseRemoteContexts,
    })) as string;
    return { quads: new Parser({ format: "N-Quads" }).parse(nQuads), bytes };
  }
  throw new AppError("INTERNAL", { message: `Unknown shapes file type: ${options.file}` });
}
