import "server-only";
import { db } from "@/lib/db";
import { entryOffers } from "./entry-offers";
import type { PortalOffer } from "./offer-model";

/** Offers of many entries at once (the DSP catalogue), keyed by hash. */
export async function findOffersByHash(options: { hashes: string[] }): Promise<Map<string, PortalOffer[]>> {
  const rows = await db().selfDescription.findMany({
    where: { hash: { in: options.hashes.filter((hash) => /^[0-9a-f]{64}$/.test(hash)) }, status: "ACTIVE" },
    select: { hash: true, issuerDid: true, projection: { select: { purposes: true, claims: true } } },
  });
  return new Map(
    rows.map((row) => [
      row.hash,
      entryOffers({ hash: row.hash, issuerDid: row.issuerDid, purposes: row.projection?.purposes ?? [], claims: row.projection?.claims }),
    ]),
  );
}
