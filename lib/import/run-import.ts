import { appendFile, readFile } from "node:fs/promises";
import type { ImportItem } from "./read-import-items";

// Bulk import through the running portal's API (never a second opener of its embedded database):
// each item is POSTed like any publish, a few at a time. Progress is appended to a state file after
// every item, so an interrupted import resumes where it stopped; publishing is idempotent anyway.

export interface PostResult {
  status: number;
  body: { code?: string; detail?: string; hash?: string } | null;
}

export interface ImportReport {
  accepted: number;
  alreadyPresent: number;
  rejected: number;
  skipped: number;
  rejections: { key: string; status: number; code: string; reason: string }[];
}

export async function readDoneKeys(stateFile: string): Promise<Set<string>> {
  try {
    const lines = (await readFile(stateFile, "utf8")).split("\n").filter(Boolean);
    return new Set(lines.map((line) => (JSON.parse(line) as { key: string }).key));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Set();
    throw error;
  }
}

export async function runImport(options: {
  items: AsyncIterable<ImportItem>;
  post: (item: ImportItem) => Promise<PostResult>;
  stateFile: string;
  concurrency?: number;
  onProgress?: (report: ImportReport) => void;
  /** Rejection details kept in memory (the full list is in the state file). */
  maxRejectionsKept?: number;
}): Promise<ImportReport> {
  const done = await readDoneKeys(options.stateFile);
  const report: ImportReport = { accepted: 0, alreadyPresent: 0, rejected: 0, skipped: 0, rejections: [] };
  const running = new Set<Promise<void>>();
  const limit = options.concurrency ?? 4;

  async function handle(item: ImportItem) {
    const result = await options.post(item);
    let outcome: string;
    if (result.status === 201) {
      report.accepted += 1;
      outcome = "accepted";
    } else if (result.status === 200) {
      report.alreadyPresent += 1;
      outcome = "already-present";
    } else {
      report.rejected += 1;
      outcome = "rejected";
      if (report.rejections.length < (options.maxRejectionsKept ?? 100)) {
        report.rejections.push({ key: item.key, status: result.status, code: result.body?.code ?? "UNKNOWN", reason: result.body?.detail ?? "" });
      }
    }
    await appendFile(
      options.stateFile,
      `${JSON.stringify({ key: item.key, outcome, status: result.status, code: result.body?.code, reason: result.body?.detail, hash: result.body?.hash })}\n`,
    );
    options.onProgress?.(report);
  }

  for await (const item of options.items) {
    if (done.has(item.key)) {
      report.skipped += 1;
      continue;
    }
    const task = handle(item).finally(() => running.delete(task));
    running.add(task);
    if (running.size >= limit) await Promise.race(running);
  }
  await Promise.all(running);
  return report;
}
