// Shared by the safe/report helpers: turns jsonld.js warning events into plain, located issues.
import { AppError, isAppError } from "@/lib/errors/app-error";

/** One term or value that JSON-LD processing would drop or leave relative. */
export interface JsonLdIssue {
  /** jsonld.js event code, e.g. "invalid property", "relative @id reference". */
  code: string;
  /** The offending key or value as written in the document. */
  subject: string;
  /** First place in the document where it appears, e.g. "verifiableCredential[0].credentialSubject". */
  path?: string;
}

// The codes jsonld.js safe mode rejects (lib/events.js): each means data would silently vanish or stay relative.
const UNSAFE_CODES = new Set([
  "empty object",
  "free-floating scalar",
  "invalid @language value",
  "invalid property",
  "null @id value",
  "null @value value",
  "object with only @id",
  "object with only @language",
  "object with only @list",
  "object with only @value",
  "relative @id reference",
  "relative @type reference",
  "relative @vocab reference",
  "reserved @id value",
  "reserved @reverse value",
  "reserved term",
  "blank node predicate",
  "relative graph reference",
  "relative object reference",
  "relative predicate reference",
  "relative subject reference",
  "rdfDirection not set",
]);

interface JsonLdEvent {
  code: string;
  level: string;
  details?: Record<string, unknown>;
}

/** A jsonld.js eventHandler that records unsafe events instead of throwing at the first one. */
export function createIssueCollector(document: unknown) {
  const issues: JsonLdIssue[] = [];
  const seen = new Set<string>();
  const eventHandler = ({ event, next }: { event: JsonLdEvent; next: () => void }) => {
    if (event.level === "warning" && UNSAFE_CODES.has(event.code)) {
      const subject = describeSubject(event);
      const key = `${event.code}|${subject}`;
      if (!seen.has(key)) {
        seen.add(key);
        issues.push({ code: event.code, subject, path: locate(document, subject) });
      }
    }
    next();
  };
  return { issues, eventHandler };
}

function describeSubject(event: JsonLdEvent): string {
  const details = event.details ?? {};
  for (const name of ["property", "id", "type", "vocab", "term", "value", "iri"]) {
    const value = details[name];
    if (typeof value === "string") return value;
  }
  return JSON.stringify(details).slice(0, 120);
}

/** Depth-first search for the first key or string value equal to `subject`. */
function locate(node: unknown, subject: string, path = ""): string | undefined {
  if (Array.isArray(node)) {
    for (const [index, child] of node.entries()) {
      const found = locate(child, subject, `${path}[${index}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!node || typeof node !== "object") return undefined;
  for (const [key, value] of Object.entries(node)) {
    if (key === "@context") continue;
    const childPath = path ? `${path}.${key}` : key;
    if (key === subject) return childPath;
    if (typeof value === "string" && value === subject) return childPath;
    const found = locate(value, subject, childPath);
    if (found !== undefined) return found;
  }
  return undefined;
}

// IRI schemes a real vocabulary or identifier uses. Anything else after expansion is almost always an
// undefined prefix ("gx-terms-and-conditions:x") that JSON-LD silently kept as a bogus absolute IRI.
const KNOWN_SCHEMES = new Set(["http", "https", "urn", "did", "mailto", "tag", "data"]);

/** Properties and types in an expanded document whose IRI scheme is an undefined prefix. */
export function findUndefinedPrefixes(expanded: unknown, document: unknown): JsonLdIssue[] {
  const found = new Map<string, JsonLdIssue>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (!node || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (!key.startsWith("@") && isUndefinedPrefix(key) && !found.has(key)) {
        found.set(key, { code: "undefined prefix", subject: key, path: locate(document, key) });
      }
      if (key === "@type") {
        for (const type of ([] as unknown[]).concat(value)) {
          if (typeof type === "string" && isUndefinedPrefix(type) && !found.has(type)) {
            found.set(type, { code: "undefined prefix", subject: type, path: locate(document, type) });
          }
        }
      }
      visit(value);
    }
  };
  visit(expanded);
  return [...found.values()];
}

function isUndefinedPrefix(iri: string): boolean {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(iri);
  return !!match && !KNOWN_SCHEMES.has((match[1] ?? "").toLowerCase());
}

export function describeIssues(issues: JsonLdIssue[]): string {
  return issues.map((issue) => `${issue.code} "${issue.subject}"${issue.path ? ` at ${issue.path}` : ""}`).join("; ");
}

/** The error jsonld.js throws in `safe: true` mode for a dropped or relative term. */
export function isSafeModeError(error: unknown): boolean {
  return !!error && typeof error === "object" && (error as { name?: unknown }).name === "jsonld.ValidationError";
}

/** jsonld.js wraps loader failures; surface our own AppError (e.g. UNKNOWN_CONTEXT) instead. */
export function unwrapLoaderError(error: unknown): unknown {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth += 1) {
    if (isAppError(current)) return current;
    const details = (current as { details?: { cause?: unknown } }).details;
    current = details?.cause ?? (current as { cause?: unknown }).cause;
  }
  return error;
}

export function safeModeError(issues: JsonLdIssue[]): AppError {
  return new AppError("JSONLD_SAFE_MODE", {
    message: `JSON-LD safe mode: ${describeIssues(issues)}`,
    invalidParams: issues.map((issue) => ({
      name: issue.path ?? issue.subject,
      reason: `${issue.code}: "${issue.subject}" is not defined by any @context`,
    })),
  });
}
