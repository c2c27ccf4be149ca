import type { Prisma } from "@/lib/generated/prisma/client";

export const consentInclude = {
  citizen: { select: { id: true, legalName: true, did: true } },
  trustee: { select: { id: true, legalName: true, did: true } },
  recipient: { select: { id: true, legalName: true, did: true } },
  contractRequest: {
    select: {
      id: true,
      state: true,
      durationDays: true,
      updatedAt: true,
      provider: { select: { id: true, legalName: true, did: true } },
      selfDescription: { select: { hash: true, projection: { select: { title: true } } } },
    },
  },
} as const;

type ConsentRow = Prisma.ConsentGetPayload<{ include: typeof consentInclude }>;

const party = (participant: { id: string; legalName: string; did: string } | null) =>
  participant ? { id: participant.id, name: participant.legalName, did: participant.did } : null;

/** A consent as its citizen (or trustee) sees it: what was asked, by whom, for what, and where the request stands. */
export function serializeConsent(row: ConsentRow) {
  const contract = row.contractRequest;
  return {
    id: row.id,
    status: row.status,
    purpose: row.purpose,
    citizen: party(row.citizen),
    trustee: party(row.trustee),
    recipient: party(row.recipient),
    entry: { hash: row.selfDescriptionHash, title: contract?.selfDescription.projection?.title ?? row.selfDescriptionHash },
    contract: contract
      ? {
          id: contract.id,
          state: contract.state,
          durationDays: contract.durationDays,
          provider: party(contract.provider),
          updatedAt: contract.updatedAt.toISOString(),
        }
      : null,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  };
}
