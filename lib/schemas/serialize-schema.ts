import type { RevalidationRun, Schema } from "@/lib/generated/prisma/client";

// Responses never return Prisma rows as they are: these are the API's (and the admin page's) views.

export interface SchemaView {
  id: string;
  name: string;
  version: string;
  profile: string | null;
  format: "turtle" | "jsonld";
  contentHash: string;
  status: "DRAFT" | "ACTIVE" | "RETIRED";
  builtin: boolean;
  createdAt: string;
  activatedAt: string | null;
  retiredAt: string | null;
}

export function toSchemaView(row: Omit<Schema, "content">): SchemaView {
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    profile: row.trustFramework,
    format: row.format === "TURTLE" ? "turtle" : "jsonld",
    contentHash: row.contentHash,
    status: row.status,
    builtin: row.builtin,
    createdAt: row.createdAt.toISOString(),
    activatedAt: row.activatedAt?.toISOString() ?? null,
    retiredAt: row.retiredAt?.toISOString() ?? null,
  };
}

export type RevalidationStatus = "QUEUED" | "RUNNING" | "DONE" | "FAILED";

export interface RevalidationRunView {
  id: string;
  reason: string;
  status: RevalidationStatus;
  total: number;
  processed: number;
  /** Entries that do not conform after the run, or could not be checked. */
  failed: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export function toRevalidationRunView(row: RevalidationRun): RevalidationRunView {
  return {
    id: row.id,
    reason: row.reason,
    status: row.status as RevalidationStatus,
    total: row.total,
    processed: row.processed,
    failed: row.failed,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** Columns of a schema row without its (possibly megabytes of) content. */
export const SCHEMA_SUMMARY_COLUMNS = {
  id: true,
  name: true,
  version: true,
  trustFramework: true,
  format: true,
  contentHash: true,
  status: true,
  builtin: true,
  createdById: true,
  createdAt: true,
  activatedAt: true,
  retiredAt: true,
} as const;
