import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCatalogueAdmin, type Actor } from "@/lib/auth/actor";

// Operator contexts are immutable under their URL (a new version of a context is a new URL); they
// can be listed and retired. A retired context is no longer served to verification.

export async function findJsonLdContexts(options: { actor: Actor | null }) {
  assertCatalogueAdmin(options.actor);
  const rows = await db().jsonLdContext.findMany({ orderBy: { createdAt: "desc" } });
  return rows.map((row) => ({
    url: row.url,
    contentHash: row.contentHash,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    retiredAt: row.retiredAt?.toISOString() ?? null,
  }));
}

export async function retireJsonLdContext(options: { actor: Actor | null; url: string; requestId?: string; now?: Date }) {
  const actor = assertCatalogueAdmin(options.actor);
  const context = await db().jsonLdContext.findUnique({ where: { url: options.url } });
  if (!context) throw new AppError("NOT_FOUND", { message: `No operator context is pinned under ${options.url}.` });
  return db().$transaction(async (tx) => {
    const retired = await tx.jsonLdContext.update({ where: { url: options.url }, data: { status: "RETIRED", retiredAt: options.now ?? new Date() } });
    await recordAuditEvent(tx, { action: "context.retired", subjectType: "JsonLdContext", subjectId: options.url, actor, requestId: options.requestId });
    return { url: retired.url, status: retired.status };
  });
}
