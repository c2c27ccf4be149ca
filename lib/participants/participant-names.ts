import "server-only";
import { db } from "@/lib/db";

/** The legal names of the participants registered here under these DIDs (a DID not registered here is left out). */
export async function participantNames(dids: readonly string[]): Promise<Map<string, string>> {
  if (dids.length === 0) return new Map();
  const rows = await db().participant.findMany({ where: { did: { in: [...new Set(dids)] } }, select: { did: true, legalName: true } });
  return new Map(rows.map((row) => [row.did, row.legalName]));
}
