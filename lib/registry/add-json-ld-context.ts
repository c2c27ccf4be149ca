import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { db, getDatabase, Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCatalogueAdmin, type Actor } from "@/lib/auth/actor";

export const addContextInput = z.object({
  url: z.url().refine((url) => !url.includes("?"), "A context URL must not carry a query string"),
  document: z.record(z.string(), z.unknown()).refine((doc) => "@context" in doc, "A JSON-LD context document has a top-level @context"),
});

/**
 * Pins an operator-supplied JSON-LD context under its exact URL. Verification then serves it offline,
 * by that URL only; the stored hash lets anyone check it was not changed afterwards.
 */
export async function addJsonLdContext(options: { actor: Actor | null; input: z.input<typeof addContextInput>; requestId?: string }) {
  const actor = assertCatalogueAdmin(options.actor);
  const input = addContextInput.parse(options.input);
  const vocab = JSON.stringify(input.document["@context"]).includes('"@vocab"');
  if (vocab) {
    throw new AppError("UNPROCESSABLE", {
      message: "Contexts with an @vocab catch-all are refused: they would make every undefined term valid.",
      invalidParams: [{ name: "body.document.@context", reason: "contains @vocab" }],
    });
  }
  const content = JSON.stringify(input.document);
  const contentHash = createHash("sha256").update(content).digest("hex");
  const existing = await db().jsonLdContext.findUnique({ where: { url: input.url } });
  if (existing && existing.contentHash !== contentHash && existing.status === "ACTIVE") {
    throw new AppError("CONFLICT", { message: "A different document is already pinned under this URL; retire it first." });
  }
  return db().$transaction(async (tx) => {
    const stored = await tx.jsonLdContext.upsert({
      where: { url: input.url },
      create: { url: input.url, content, contentHash, createdById: actor.userId },
      update: { content, contentHash, status: "ACTIVE", retiredAt: null },
    });
    await recordAuditEvent(tx, {
      action: "context.pinned",
      subjectType: "JsonLdContext",
      subjectId: input.url,
      actor,
      detail: { contentHash } as Prisma.InputJsonValue,
      requestId: options.requestId,
    });
    return { url: stored.url, contentHash: stored.contentHash, status: stored.status, createdAt: stored.createdAt.toISOString() };
  });
}

/** Active operator contexts as the document loader's extraContexts. Read for every publish: plain SQL. */
export async function loadExtraContexts(): Promise<Map<string, unknown>> {
  const rows = await getDatabase().sql.query<{ url: string; content: string }>(`SELECT "url", "content" FROM "JsonLdContext" WHERE "status" = 'ACTIVE'`);
  return new Map(rows.map((row) => [row.url, JSON.parse(row.content) as unknown]));
}
