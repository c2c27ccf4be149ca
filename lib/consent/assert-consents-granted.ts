import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";

/** Refuses an agreement while any consent it depends on is not GRANTED (inside the agreeing transaction). */
export async function assertConsentsGranted(tx: Prisma.TransactionClient, contractRequestId: string): Promise<void> {
  const open = await tx.consent.findMany({ where: { contractRequestId, status: { not: "GRANTED" } }, select: { status: true } });
  if (!open.length) return;
  const counts = open.reduce<Record<string, number>>((all, consent) => ({ ...all, [consent.status]: (all[consent.status] ?? 0) + 1 }), {});
  const summary = Object.entries(counts)
    .map(([status, count]) => `${count} ${status.toLowerCase()}`)
    .join(", ");
  throw new AppError("CONFLICT", {
    message: `The agreement needs the consent of every citizen whose data the entry holds; not yet granted: ${summary}.`,
    details: { consents: counts },
  });
}
