import "server-only";
import { db } from "@/lib/db";
import { assertCatalogueAdmin, type Actor } from "@/lib/auth/actor";

/** The trust anchors certificate chains may end at, without the certificates themselves. */
export async function findTrustAnchors(options: { actor: Actor | null }) {
  assertCatalogueAdmin(options.actor);
  const rows = await db().trustAnchor.findMany({ orderBy: { createdAt: "desc" } });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    subject: row.subject,
    fingerprintSha256: row.fingerprintSha256,
    notAfter: row.notAfter.toISOString(),
    enabled: row.enabled,
    createdAt: row.createdAt.toISOString(),
  }));
}
