import "server-only";
import { db } from "@/lib/db";

/** What a reader may see of the participant registered under `did` (the entry page's publisher); null when the portal does not know the DID. */
export async function findParticipantByDid(options: { did: string }) {
  return db().participant.findUnique({ where: { did: options.did }, select: { did: true, legalName: true, kind: true, countryCode: true } });
}

export type PublicParticipant = NonNullable<Awaited<ReturnType<typeof findParticipantByDid>>>;
