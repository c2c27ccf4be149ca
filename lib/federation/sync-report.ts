// What a sync did, kept on the peer (progress while it runs, the outcome afterwards).

export interface SyncReport {
  phase: "running" | "done" | "failed";
  startedAt: string;
  finishedAt: string | null;
  pages: number;
  received: number;
  stored: number;
  updated: number;
  unchanged: number;
  skipped: number;
  refused: number;
  /** The first refusals, each with the entry's hash and the reason in words. */
  refusals: { hash: string; reason: string }[];
  error: string | null;
}

export const MAX_REPORTED_REFUSALS = 50;

export function emptyReport(startedAt: Date): SyncReport {
  return {
    phase: "running",
    startedAt: startedAt.toISOString(),
    finishedAt: null,
    pages: 0,
    received: 0,
    stored: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    refused: 0,
    refusals: [],
    error: null,
  };
}
