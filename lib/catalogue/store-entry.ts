import "server-only";
import type { EntryOrigin } from "@/lib/generated/prisma/client";
import type { SqlExecutor } from "@/lib/db/sql-executor";
import { AppError } from "@/lib/errors/app-error";
import { auditEventColumns, type AuditEntry } from "@/lib/audit/record-audit-event";
import type { EntryRows } from "./entry-create-data";
import { ORIGIN_COLUMNS, PROJECTION_COLUMNS, SELF_DESCRIPTION_COLUMNS, StatementParams, VALIDATION_COLUMNS, VERIFICATION_COLUMNS } from "./entry-columns";

export interface StoreEntryOptions {
  sql: Pick<SqlExecutor, "transaction">;
  /** The rows to write (entryRows); previousHash is decided here, from the predecessors found. */
  rows: EntryRows;
  /** The audit row; its detail gets { format, deprecated: [hashes of the predecessors, newest first] } added. */
  audit: Pick<AuditEntry, "action" | "actor" | "actorParticipantId" | "requestId"> & { detail?: Record<string, unknown> };
  /** Whether the issuer's ACTIVE entries for the same subjects become DEPRECATED (a new version replaces them). */
  deprecatePredecessors: boolean;
  /** A harvested copy's origin row (the peer it came from). */
  origin?: EntryOrigin;
}

export interface StoredEntry {
  previousHash: string | null;
  deprecated: string[];
}

/**
 * The one store of the catalogue, for every door (publish, harvest): in one transaction, a lock per
 * (issuer, subject) — so parallel versions of one subject queue and each links to the one before it —
 * then ONE statement that deprecates the predecessors and inserts the entry, its projection,
 * verification result, validation report, origin and audit row. The database's own rule (one ACTIVE
 * entry per issuer and subject, migration 0007) backs it. Any failure leaves nothing.
 * The column lists come from entry-columns.ts, one typed definition per table.
 */
export async function storeEntry(options: StoreEntryOptions): Promise<StoredEntry> {
  const { selfDescription: entry } = options.rows;
  const { statement, params } = buildStatement(options);
  const locked = options.deprecatePredecessors || entry.status === "ACTIVE";
  const stored = await options.sql.transaction(async (tx) => {
    if (locked) {
      // Sorted, so two writers of overlapping subject sets take their locks in the same order.
      await tx.query(`SELECT count(pg_advisory_xact_lock(hashtextextended(k, 7340221902))) FROM (SELECT k FROM unnest($1::text[]) AS k ORDER BY k) AS keys`, [
        entry.subjectIds.map((subject) => `${entry.issuerDid} ${subject}`),
      ]);
    }
    const [row] = await tx.query<StoredEntry>(statement, params);
    return row;
  });
  if (!stored) throw new AppError("INTERNAL", { message: `The entry ${entry.hash} was not stored.` });
  return stored;
}

function buildStatement(options: StoreEntryOptions) {
  const { selfDescription: entry, projection, verification, validation } = options.rows;
  const params = new StatementParams();
  const time = (value: Date) => params.add(value, "timestamp");
  const audit = auditEventColumns({ ...options.audit, detail: undefined, subjectType: "SelfDescription", subjectId: entry.hash });

  const predecessors = options.deprecatePredecessors
    ? `UPDATE "SelfDescription"
      SET "status" = 'DEPRECATED', "deprecatedAt" = ${time(entry.createdAt)}, "statusChangedAt" = ${time(entry.createdAt)}, "updatedAt" = ${time(entry.updatedAt)}
      WHERE "issuerDid" = ${params.add(entry.issuerDid, "text")} AND "status" = 'ACTIVE' AND "subjectIds" && ${params.add(entry.subjectIds, "text[]")}
      RETURNING "hash", "createdAt"`
    : `SELECT "hash", "createdAt" FROM "SelfDescription" WHERE false`;
  const entryRow = params.row(SELF_DESCRIPTION_COLUMNS, entry, { previousHash: `(SELECT "hash" FROM predecessors ORDER BY "createdAt" DESC LIMIT 1)` });
  const projectionRow = params.row(PROJECTION_COLUMNS, projection, { selfDescriptionHash: `"hash"` });
  const verificationRow = params.row(VERIFICATION_COLUMNS, verification, { selfDescriptionHash: `"hash"` });
  const validationRow = params.row(VALIDATION_COLUMNS, validation, { selfDescriptionHash: `"hash"` });
  const originRow = options.origin ? params.row(ORIGIN_COLUMNS, options.origin, { selfDescriptionHash: `"hash"` }) : null;
  const origin = originRow ? `, origin AS (INSERT INTO "EntryOrigin" (${originRow.columns}) SELECT ${originRow.values} FROM entry)` : "";

  const statement = `
    WITH predecessors AS (${predecessors}
    ), entry AS (
      INSERT INTO "SelfDescription" (${entryRow.columns}) SELECT ${entryRow.values}
      RETURNING "hash", "previousHash"
    ), projection AS (
      -- The entry's mirrored values (migration 0006) given here, so its trigger has nothing to rewrite.
      INSERT INTO "SearchProjection" (${projectionRow.columns}, "entryStatus", "entryOrigin", "entryCreatedAt")
      SELECT ${projectionRow.values}, ${params.add(entry.status, "enum:LifecycleStatus")}, ${params.add(entry.origin, "enum:OriginKind")}, ${time(entry.createdAt)}
      FROM entry
    ), verification AS (
      INSERT INTO "VerificationResult" (${verificationRow.columns}) SELECT ${verificationRow.values} FROM entry
    ), validation AS (
      INSERT INTO "ValidationReport" (${validationRow.columns}) SELECT ${validationRow.values} FROM entry
    )${origin}, audit AS (
      INSERT INTO "AuditEvent" ("at", "action", "actorUserId", "actorParticipantId", "actorTokenId", "subjectType", "subjectId", "detail", "requestId")
      SELECT ${time(entry.updatedAt)}, ${params.add(audit.action, "text")}, ${params.add(audit.actorUserId, "text")}, ${params.add(audit.actorParticipantId, "text")},
        ${params.add(audit.actorTokenId, "text")}, ${params.add(audit.subjectType, "text")}, "hash",
        ${params.add(options.audit.detail ?? {}, "jsonb")} || jsonb_build_object('format', ${params.add(entry.format, "text")},
          'deprecated', COALESCE((SELECT jsonb_agg("hash" ORDER BY "createdAt" DESC) FROM predecessors), '[]'::jsonb)),
        ${params.add(audit.requestId, "text")}
      FROM entry
    )
    SELECT entry."previousHash", COALESCE((SELECT array_agg("hash" ORDER BY "createdAt" DESC) FROM predecessors), ARRAY[]::text[]) AS "deprecated"
    FROM entry`;
  return { statement, params: params.values };
}
