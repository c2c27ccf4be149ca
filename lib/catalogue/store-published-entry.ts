import "server-only";
import type { SqlExecutor } from "@/lib/db/sql-executor";
import { AppError } from "@/lib/errors/app-error";
import { auditEventColumns, type AuditEntry } from "@/lib/audit/record-audit-event";
import type { EntryRows } from "./entry-create-data";

export interface StorePublishedEntryOptions {
  sql: Pick<SqlExecutor, "query">;
  /** The rows to write (entryRows); previousHash is decided here, from the predecessors found. */
  rows: EntryRows;
  /** The audit row; its detail is { format, deprecated: [hashes of the predecessors, newest first] }. */
  audit: Pick<AuditEntry, "action" | "actor" | "actorParticipantId" | "requestId">;
}

/**
 * The store stage of publishing as ONE statement: the issuer's active entries for the same subjects
 * become DEPRECATED, and the entry, its search projection, verification result, validation report and
 * audit row are inserted. One statement is atomic on its own: a unique violation (a parallel identical
 * publish) or any other failure leaves nothing, without a transaction round trip per row.
 * Every INSERT names its columns: columns filled by defaults or triggers stay theirs.
 */
export async function storePublishedEntry(options: StorePublishedEntryOptions): Promise<{ previousHash: string | null; deprecated: string[] }> {
  const { selfDescription: entry, projection, verification, validation } = options.rows;
  const audit = auditEventColumns({ ...options.audit, subjectType: "SelfDescription", subjectId: entry.hash });
  const params: unknown[] = [];
  // Each value travels as text with an explicit cast, so node-postgres and PGlite read it alike
  // (timestamps as UTC ISO strings into timestamp(3), as Prisma writes them; JSON as its text).
  const value = (item: unknown, type: string) => `$${params.push(item)}::${type}`;
  const text = (item: string | null) => value(item, "text");
  const texts = (items: string[]) => value(items, "text[]");
  const time = (item: Date | null) => value(item?.toISOString() ?? null, "text::timestamp(3)");
  const json = (item: unknown) => value(item === null || item === undefined ? null : JSON.stringify(item), "text::jsonb");
  const bool = (item: boolean) => value(item, "boolean");

  const statement = `
    WITH predecessors AS (
      UPDATE "SelfDescription"
      SET "status" = 'DEPRECATED', "deprecatedAt" = ${time(entry.createdAt)}, "statusChangedAt" = ${time(entry.createdAt)}, "updatedAt" = ${time(entry.updatedAt)}
      WHERE "issuerDid" = ${text(entry.issuerDid)} AND "status" = 'ACTIVE' AND "subjectIds" && ${texts(entry.subjectIds)}
      RETURNING "hash", "createdAt"
    ), entry AS (
      INSERT INTO "SelfDescription" ("hash", "content", "contentType", "format", "subjectIds", "types", "issuerDid", "trustFramework",
        "status", "statusChangedAt", "deprecatedAt", "revokedAt", "eolAt", "validFrom", "validUntil", "previousHash",
        "publishedById", "publishedOnBehalf", "origin", "createdAt", "updatedAt")
      SELECT ${text(entry.hash)}, ${value(entry.content, "bytea")}, ${text(entry.contentType)}, ${text(entry.format)}::"SdFormat",
        ${texts(entry.subjectIds)}, ${texts(entry.types)}, ${text(entry.issuerDid)}, ${text(entry.trustFramework)},
        ${text(entry.status)}::"LifecycleStatus", ${time(entry.statusChangedAt)}, ${time(entry.deprecatedAt)}, ${time(entry.revokedAt)},
        ${time(entry.eolAt)}, ${time(entry.validFrom)}, ${time(entry.validUntil)},
        (SELECT "hash" FROM predecessors ORDER BY "createdAt" DESC LIMIT 1),
        ${text(entry.publishedById)}, ${bool(entry.publishedOnBehalf)}, ${text(entry.origin)}::"OriginKind", ${time(entry.createdAt)}, ${time(entry.updatedAt)}
      RETURNING "hash", "previousHash"
    ), projection AS (
      INSERT INTO "SearchProjection" ("selfDescriptionHash", "projectionVersion", "title", "description", "keywords", "types", "providerName",
        "providerDid", "purposes", "healthThemes", "pseudonymisation", "accessRights", "licence", "trustFramework", "language", "searchText",
        "claims", "updatedAt", "entryStatus", "entryOrigin", "entryCreatedAt")
      SELECT "hash", ${value(projection.projectionVersion, "integer")}, ${text(projection.title)}, ${text(projection.description)},
        ${texts(projection.keywords)}, ${texts(projection.types)}, ${text(projection.providerName)}, ${text(projection.providerDid)},
        ${texts(projection.purposes)}, ${texts(projection.healthThemes)}, ${text(projection.pseudonymisation)}, ${text(projection.accessRights)},
        ${text(projection.licence)}, ${text(projection.trustFramework)}, ${text(projection.language)}, ${text(projection.searchText)},
        ${json(projection.claims)}, ${time(projection.updatedAt)},
        -- The entry's mirrored values (migration 0006) given here, so its trigger has nothing to rewrite.
        ${text(entry.status)}::"LifecycleStatus", ${text(entry.origin)}::"OriginKind", ${time(entry.createdAt)}
      FROM entry
    ), verification AS (
      INSERT INTO "VerificationResult" ("id", "selfDescriptionHash", "verified", "format", "issuer", "checks", "warnings", "errors", "verifierVersion", "verifiedAt")
      SELECT ${text(verification.id)}, "hash", ${bool(verification.verified)}, ${text(verification.format)}, ${text(verification.issuer)},
        ${json(verification.checks)}, ${json(verification.warnings)}, ${json(verification.errors)}, ${text(verification.verifierVersion)}, ${time(verification.verifiedAt)}
      FROM entry
    ), validation AS (
      INSERT INTO "ValidationReport" ("id", "selfDescriptionHash", "schemaId", "conforms", "results", "current", "createdAt")
      SELECT ${text(validation.id)}, "hash", ${text(validation.schemaId)}, ${bool(validation.conforms)}, ${json(validation.results)},
        ${bool(validation.current)}, ${time(validation.createdAt)}
      FROM entry
    ), audit AS (
      INSERT INTO "AuditEvent" ("at", "action", "actorUserId", "actorParticipantId", "actorTokenId", "subjectType", "subjectId", "detail", "requestId")
      SELECT ${time(entry.updatedAt)}, ${text(audit.action)}, ${text(audit.actorUserId)}, ${text(audit.actorParticipantId)}, ${text(audit.actorTokenId)},
        ${text(audit.subjectType)}, "hash",
        jsonb_build_object('format', ${text(entry.format)}, 'deprecated', COALESCE((SELECT jsonb_agg("hash" ORDER BY "createdAt" DESC) FROM predecessors), '[]'::jsonb)),
        ${text(audit.requestId)}
      FROM entry
    )
    SELECT entry."previousHash", COALESCE((SELECT array_agg("hash" ORDER BY "createdAt" DESC) FROM predecessors), ARRAY[]::text[]) AS "deprecated"
    FROM entry`;
  const [stored] = await options.sql.query<{ previousHash: string | null; deprecated: string[] }>(statement, params);
  if (!stored) throw new AppError("INTERNAL", { message: `The entry ${entry.hash} was not stored.` });
  return stored;
}
