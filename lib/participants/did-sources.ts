import "server-only";
import { getDatabase } from "@/lib/db";
import type { DidDocument } from "@/lib/credentials/types";
import { buildDidDocument, type HostedKey } from "./build-did-document";

// The database halves of the DID resolver: documents of participants hosted here, and documents an
// operator pinned for DIDs that are known but not reachable offline. Every verification of a hosted
// participant's credential asks here, so these are plain SQL (no per-call query compilation); they are
// never cached, so a retired or added key counts from the next verification on.

export async function findHostedDidDocument(did: string): Promise<DidDocument | null> {
  const rows = await getDatabase().sql.query<{ did: string; keyId: string | null; publicKeyJwk: unknown; status: HostedKey["status"] | null }>(
    `SELECT p."did", k."keyId", k."publicKeyJwk", k."status"::text AS "status"
     FROM "Participant" p LEFT JOIN "ParticipantKey" k ON k."participantId" = p."id"
     WHERE p."did" = $1 ORDER BY k."createdAt" ASC`,
    [did],
  );
  const [first] = rows;
  if (!first) return null;
  const keys = rows.flatMap((row) => (row.keyId && row.status ? [{ keyId: row.keyId, publicKeyJwk: row.publicKeyJwk, status: row.status }] : []));
  return buildDidDocument({ did: first.did, keys });
}

export async function findPinnedDidDocument(did: string): Promise<DidDocument | null> {
  const [pinned] = await getDatabase().sql.query<{ document: unknown }>(`SELECT "document" FROM "KnownDidDocument" WHERE "did" = $1`, [did]);
  if (!pinned || typeof pinned.document !== "object" || pinned.document === null || Array.isArray(pinned.document)) return null;
  return pinned.document as DidDocument;
}
