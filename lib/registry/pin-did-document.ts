import "server-only";
import { z } from "zod";
import { db, Prisma } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCatalogueAdmin, type Actor } from "@/lib/auth/actor";

export const pinDidInput = z.object({
  document: z
    .object({ id: z.string().regex(/^did:[a-z0-9]+:[A-Za-z0-9._:%-]+$/, "id must be a DID") })
    .passthrough()
    .refine((doc) => Array.isArray((doc as Record<string, unknown>).verificationMethod), "A DID document lists its verificationMethod"),
});

/** An operator vouches for a DID document that cannot be resolved offline (import of known DIDs). */
export async function pinDidDocument(options: { actor: Actor | null; input: z.input<typeof pinDidInput>; requestId?: string }) {
  const actor = assertCatalogueAdmin(options.actor);
  const { document } = pinDidInput.parse(options.input);
  return db().$transaction(async (tx) => {
    const stored = await tx.knownDidDocument.upsert({
      where: { did: document.id },
      create: { did: document.id, document: document as Prisma.InputJsonValue, source: "PINNED", pinnedById: actor.userId },
      update: { document: document as Prisma.InputJsonValue, source: "PINNED", pinnedById: actor.userId },
    });
    await recordAuditEvent(tx, { action: "did.pinned", subjectType: "KnownDidDocument", subjectId: document.id, actor, requestId: options.requestId });
    return { did: stored.did, source: stored.source, updatedAt: stored.updatedAt.toISOString() };
  });
}

export async function findPinnedDids(options: { actor: Actor | null }) {
  assertCatalogueAdmin(options.actor);
  const rows = await db().knownDidDocument.findMany({ orderBy: { updatedAt: "desc" } });
  return rows.map((row) => ({ did: row.did, source: row.source, updatedAt: row.updatedAt.toISOString() }));
}
