// Test helpers: read the verbatim Gaia-X fixtures and build the real offline loader (catch-all
// contexts allowed, because some third-party examples use them).
import { readFileSync } from "node:fs";
import path from "node:path";

import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";

export const FIXTURES = path.join(process.cwd(), "test", "fixtures", "gaiax");

export const testDocumentLoader = createDocumentLoader({ allowVocabCatchAll: true });

export function readFixture(relativePath: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(FIXTURES, relativePath), "utf8")) as Record<string, unknown>;
}

export function readFixtureText(relativePath: string): string {
  return readFileSync(path.join(FIXTURES, relativePath), "utf8");
}

/** The same JSON with every object's keys in reverse order: must not change any result. */
export function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, child]) => [key, reverseKeys(child)]),
    );
  }
  return value;
}

/** Credential subject of the first credential (VC or first VC in a VP), for targeted edits in tests. */
export function firstSubject(document: Record<string, unknown>): Record<string, unknown> {
  const credentials = document.verifiableCredential;
  const credential = (Array.isArray(credentials) ? credentials[0] : (credentials ?? document)) as Record<string, unknown>;
  return credential.credentialSubject as Record<string, unknown>;
}
