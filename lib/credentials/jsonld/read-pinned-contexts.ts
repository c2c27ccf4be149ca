import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

import { AppError } from "@/lib/errors/app-error";

/** One entry of standards/contexts/manifest.json. */
export interface PinnedContextEntry {
  file: string;
  sha256: string;
  /** `@vocab` catch-all contexts: only served when the caller opts in. */
  vocabCatchAll?: boolean;
}

export interface PinnedContextsOptions {
  /** Folder holding manifest.json; defaults to <cwd>/standards/contexts (Next and vitest run from the repo root). */
  directory?: string;
}

const manifests = new Map<string, Map<string, PinnedContextEntry>>();
// Parsed documents are shared by every loader so jsonld's context cache sees the same objects.
const parsedDocuments = new Map<string, unknown>();

function contextsDirectory(options: PinnedContextsOptions): string {
  return options.directory ?? path.join(process.cwd(), "standards", "contexts");
}

/** Reads the manifest once per folder. */
export function readContextManifest(options: PinnedContextsOptions = {}): Map<string, PinnedContextEntry> {
  const directory = contextsDirectory(options);
  const cached = manifests.get(directory);
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(path.join(directory, "manifest.json"), "utf8")) as {
    contexts: Record<string, PinnedContextEntry>;
  };
  const manifest = new Map(Object.entries(raw.contexts));
  manifests.set(directory, manifest);
  return manifest;
}

/**
 * Returns the parsed pinned context. The file's sha256 is checked on first read: a context edited on
 * disk changes what every signature means, so a mismatch is refused rather than served.
 */
export function readPinnedContext(options: PinnedContextsOptions & { url: string }): unknown {
  const directory = contextsDirectory(options);
  const entry = readContextManifest(options).get(options.url);
  if (!entry) {
    throw new AppError("UNKNOWN_CONTEXT", { message: `JSON-LD context not allowed: ${options.url}` });
  }
  const filePath = path.join(directory, entry.file);
  const cached = parsedDocuments.get(filePath);
  if (cached !== undefined) return cached;
  const bytes = readFileSync(filePath);
  const digest = createHash("sha256").update(bytes).digest("hex");
  if (digest !== entry.sha256) {
    throw new AppError("INTERNAL", {
      message: `Pinned context ${options.url} (${entry.file}) has sha256 ${digest}, manifest says ${entry.sha256}`,
    });
  }
  const document = deepFreeze(JSON.parse(bytes.toString("utf8")));
  parsedDocuments.set(filePath, document);
  return document;
}

// Frozen so no caller can mutate a context that every later verification relies on.
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
