// Readers for test/fixtures/standards-2026: verbatim copies of shared/standards-2026 (see its PROVENANCE.md).
import { readFileSync } from "node:fs";
import path from "node:path";

export const STANDARDS_FIXTURES = path.join(process.cwd(), "test", "fixtures", "standards-2026");

export function readJson(relativePath: string): Record<string, unknown> {
  return JSON.parse(readText(relativePath)) as Record<string, unknown>;
}

export function readText(relativePath: string): string {
  return readFileSync(path.join(STANDARDS_FIXTURES, relativePath), "utf8");
}
