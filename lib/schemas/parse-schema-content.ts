import jsonld from "jsonld";
import { Parser, type Quad } from "n3";
import type { DocumentLoader } from "@/lib/credentials/types";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { locateJsonError } from "./locate-json-error";

const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const NODE_SHAPE = "http://www.w3.org/ns/shacl#NodeShape";

export interface ParsedSchemaContent {
  quads: Quad[];
  nodeShapeCount: number;
}

export interface ParseSchemaContentOptions {
  content: string;
  format: "TURTLE" | "JSONLD";
  /** Offline loader for the contexts a JSON-LD shapes document cites (pinned and operator contexts only). */
  documentLoader: DocumentLoader;
}

function refuse(reason: string, cause?: unknown): AppError {
  return new AppError("INVALID_INPUT", {
    message: `The shapes document cannot be read: ${reason}`,
    invalidParams: [{ name: "body.content", reason }],
    cause,
  });
}

interface N3ErrorContext {
  line?: number;
  token?: { start?: number } | null;
  previousToken?: { end?: number } | null;
}

function parseTurtle(content: string): Quad[] {
  try {
    return new Parser({ format: "Turtle" }).parse(content);
  } catch (error) {
    // n3 reports the line, and the token's offset within that line (0-based).
    const context = (error as { context?: N3ErrorContext }).context ?? {};
    const column = (context.token?.start ?? context.previousToken?.end ?? 0) + 1;
    const message = (error as Error).message.replace(/ on line \d+\.?$/, "");
    throw refuse(context.line ? `line ${context.line}, column ${column}: ${message}` : message, error);
  }
}

async function parseJsonLd(content: string, documentLoader: DocumentLoader): Promise<Quad[]> {
  let document: unknown;
  try {
    document = JSON.parse(content);
  } catch (error) {
    const location = locateJsonError(content);
    throw refuse(location ? `line ${location.line}, column ${location.column}: ${location.reason}` : (error as Error).message, error);
  }
  let nQuads: string;
  // Safe mode: a term the contexts do not define would otherwise vanish, and with it a constraint.
  try {
    nQuads = (await jsonld.toRDF(document as object, { format: "application/n-quads", documentLoader, safe: true })) as string;
  } catch (error) {
    const cause = findAppError(error);
    throw refuse(cause ? cause.message : `not valid JSON-LD (${(error as Error).message})`, error);
  }
  return new Parser({ format: "N-Quads" }).parse(nQuads);
}

function findAppError(error: unknown): AppError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth += 1) {
    if (isAppError(current)) return current;
    const next = (current as { cause?: unknown; details?: { cause?: unknown } }).cause ?? (current as { details?: { cause?: unknown } }).details?.cause;
    current = next;
  }
  return null;
}

/**
 * Reads an uploaded shapes document into quads and counts its sh:NodeShapes. Throws INVALID_INPUT with
 * the parser's line and column for malformed input, and for a document that declares no NodeShape.
 */
export async function parseSchemaContent(options: ParseSchemaContentOptions): Promise<ParsedSchemaContent> {
  const quads = options.format === "TURTLE" ? parseTurtle(options.content) : await parseJsonLd(options.content, options.documentLoader);
  const nodeShapes = new Set(quads.filter((quad) => quad.predicate.value === RDF_TYPE && quad.object.value === NODE_SHAPE).map((quad) => quad.subject.value));
  if (nodeShapes.size === 0) throw refuse("the document declares no sh:NodeShape");
  return { quads, nodeShapeCount: nodeShapes.size };
}
