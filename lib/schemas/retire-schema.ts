import "server-only";
import { db, Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCatalogueAdmin, type Actor } from "@/lib/auth/actor";
import { installOperatorShapes } from "./operator-shapes";
import { SCHEMA_SUMMARY_COLUMNS, toSchemaView, type SchemaView } from "./serialize-schema";
import { startRevalidation } from "./start-revalidation";

export interface RetireSchemaOptions {
  actor: Actor | null;
  id: string;
  requestId?: string;
}

/**
 * Retires a version (kept, never deleted: stored reports refer to it). Retiring an ACTIVE version
 * changes what validation checks, so it starts a revalidation run; retiring a DRAFT does not.
 */
export async function retireSchema(options: RetireSchemaOptions): Promise<{ schema: SchemaView; revalidationRunId: string | null }> {
  const actor = assertCatalogueAdmin(options.actor);
  installOperatorShapes();
  const { schema, wasActive } = await db().$transaction(async (tx) => {
    const existing = await tx.schema.findUnique({ where: { id: options.id }, select: SCHEMA_SUMMARY_COLUMNS });
    if (!existing) throw new AppError("NOT_FOUND", { message: "No schema with this id." });
    const changed =
      existing.status === "RETIRED"
        ? { count: 0 }
        : await tx.schema.updateMany({ where: { id: existing.id, status: existing.status }, data: { status: "RETIRED", retiredAt: new Date() } });
    if (changed.count === 0) throw new AppError("CONFLICT", { message: `${existing.name} ${existing.version} is retired already.` });
    await recordAuditEvent(tx, {
      action: "schema.retired",
      subjectType: "Schema",
      subjectId: existing.id,
      actor,
      detail: { name: existing.name, version: existing.version, previousStatus: existing.status } as Prisma.InputJsonValue,
      requestId: options.requestId,
    });
    const updated = await tx.schema.findUniqueOrThrow({ where: { id: existing.id }, select: SCHEMA_SUMMARY_COLUMNS });
    return { schema: toSchemaView(updated), wasActive: existing.status === "ACTIVE" };
  });
  if (!wasActive) return { schema, revalidationRunId: null };
  const run = await startRevalidation({ actor, reason: `schema ${schema.name} ${schema.version} retired`, requestId: options.requestId });
  return { schema, revalidationRunId: run.id };
}
