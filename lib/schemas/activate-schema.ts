import "server-only";
import { db, Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCatalogueAdmin, type Actor } from "@/lib/auth/actor";
import { installOperatorShapes } from "./operator-shapes";
import { SCHEMA_SUMMARY_COLUMNS, toSchemaView, type SchemaView } from "./serialize-schema";
import { startRevalidation } from "./start-revalidation";

export interface ActivateSchemaOptions {
  actor: Actor | null;
  id: string;
  requestId?: string;
}

/**
 * Makes a DRAFT or RETIRED version ACTIVE; any other ACTIVE version of the same name is retired in the
 * same transaction (a name has one active version). Then revalidates the stored entries in the background.
 */
export async function activateSchema(options: ActivateSchemaOptions): Promise<{ schema: SchemaView; superseded: string[]; revalidationRunId: string }> {
  const actor = assertCatalogueAdmin(options.actor);
  installOperatorShapes();
  const { schema, superseded } = await db().$transaction(async (tx) => {
    const existing = await tx.schema.findUnique({ where: { id: options.id }, select: SCHEMA_SUMMARY_COLUMNS });
    if (!existing) throw new AppError("NOT_FOUND", { message: "No schema with this id." });
    const now = new Date();
    const changed = await tx.schema.updateMany({
      where: { id: existing.id, status: { not: "ACTIVE" } },
      data: { status: "ACTIVE", activatedAt: now, retiredAt: null },
    });
    if (changed.count === 0) throw new AppError("CONFLICT", { message: `${existing.name} ${existing.version} is active already.` });
    const others = await tx.schema.findMany({ where: { name: existing.name, status: "ACTIVE", id: { not: existing.id } }, select: { id: true } });
    await tx.schema.updateMany({ where: { id: { in: others.map((other) => other.id) } }, data: { status: "RETIRED", retiredAt: now } });
    const detail = { name: existing.name, version: existing.version, profile: existing.trustFramework, superseded: others.map((other) => other.id) };
    await recordAuditEvent(tx, {
      action: "schema.activated",
      subjectType: "Schema",
      subjectId: existing.id,
      actor,
      detail: detail as Prisma.InputJsonValue,
      requestId: options.requestId,
    });
    const updated = await tx.schema.findUniqueOrThrow({ where: { id: existing.id }, select: SCHEMA_SUMMARY_COLUMNS });
    return { schema: toSchemaView(updated), superseded: detail.superseded };
  });
  const run = await startRevalidation({ actor, reason: `schema ${schema.name} ${schema.version} activated`, requestId: options.requestId });
  return { schema, superseded, revalidationRunId: run.id };
}
