import "server-only";
import { db } from "@/lib/db";
import type { DidDocument } from "@/lib/credentials/types";
import { buildDidDocument } from "./build-did-document";

// The database halves of the DID resolver: documents of participants hosted here, and documents an
// operator pinned for DIDs that are known but not reachable offline.

export async function findHostedDidDocument(did: string): Promise<DidDocument | null> {
  const participant = await db().participant.findUnique({ where: { did }, include: { keys: { orderBy: { createdAt: "asc" } } } });
  return participant ? buildDidDocument({ did: participant.did, keys: participant.keys }) : null;
}

export async function findPinnedDidDocument(did: string): Promise<DidDocument | null> {
  const pinned = await db().knownDidDocument.findUnique({ where: { did } });
  if (!pinned || typeof pinned.document !== "object" || pinned.document === null || Array.isArray(pinned.document)) return null;
  return pinned.document as DidDocument;
}
