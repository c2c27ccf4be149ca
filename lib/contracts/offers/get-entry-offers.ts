import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { entryOffers } from "./entry-offers";
import type { PortalOffer } from "./offer-model";

const HASH = /^[0-9a-f]{64}$/;

/** The offers of an active catalogue entry, with what a contract needs of the entry. */
export async function getEntryOffers(options: { hash: string }) {
  const row = HASH.test(options.hash)
    ? await db().selfDescription.findUnique({
        where: { hash: options.hash },
        include: { projection: { select: { title: true, purposes: true, claims: true } } },
      })
    : null;
  if (!row) throw new AppError("NOT_FOUND", { message: "No catalogue entry has this hash." });
  const offers: PortalOffer[] =
    row.status === "ACTIVE"
      ? entryOffers({ hash: row.hash, issuerDid: row.issuerDid, purposes: row.projection?.purposes ?? [], claims: row.projection?.claims })
      : [];
  return {
    entry: {
      hash: row.hash,
      title: row.projection?.title ?? row.hash,
      issuerDid: row.issuerDid,
      publishedById: row.publishedById,
      status: row.status,
      claims: row.projection?.claims ?? null,
    },
    offers,
  };
}
