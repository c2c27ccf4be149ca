import "server-only";
import { db } from "@/lib/db";

export interface CatalogueFigures {
  participants: number;
  organisations: number;
  citizens: number;
  activeEntries: number;
  verifiedEntries: number;
  entriesWithWarnings: number;
  entriesByType: { type: string; count: number }[];
  entriesByProvider: { provider: string; count: number }[];
  publishesByMonth: { month: string; count: number }[];
}

/** Live figures for the landing page and GET /api/v1/stats. */
export async function getCatalogueFigures(): Promise<CatalogueFigures> {
  const prisma = db();
  const [participantsByKind, activeEntries, verifiedEntries, warningRows, typeRows, providerRows, monthRows] = await Promise.all([
    prisma.participant.groupBy({ by: ["kind"], _count: { _all: true } }),
    prisma.selfDescription.count({ where: { status: "ACTIVE" } }),
    prisma.selfDescription.count({ where: { status: "ACTIVE", verification: { verified: true } } }),
    prisma.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "SelfDescription" s JOIN "VerificationResult" v ON v."selfDescriptionHash" = s."hash"
      WHERE s."status" = 'ACTIVE' AND v."verified" AND jsonb_array_length(v."warnings") > 0`,
    prisma.$queryRaw<{ type: string; count: bigint }[]>`
      SELECT t.type, count(*) AS count
      FROM "SelfDescription" s, unnest(s."types") AS t(type)
      WHERE s."status" = 'ACTIVE'
      GROUP BY t.type ORDER BY count DESC, t.type LIMIT 12`,
    prisma.$queryRaw<{ provider: string; count: bigint }[]>`
      SELECT coalesce(p."providerName", pa."legalName", s."issuerDid") AS provider, count(*) AS count
      FROM "SelfDescription" s
      LEFT JOIN "SearchProjection" p ON p."selfDescriptionHash" = s."hash"
      LEFT JOIN "Participant" pa ON pa."did" = s."issuerDid"
      WHERE s."status" = 'ACTIVE'
      GROUP BY 1 ORDER BY count DESC, 1 LIMIT 10`,
    prisma.$queryRaw<{ month: string; count: bigint }[]>`
      SELECT to_char(date_trunc('month', s."createdAt"), 'YYYY-MM') AS month, count(*) AS count
      FROM "SelfDescription" s
      WHERE s."createdAt" > now() - interval '12 months'
      GROUP BY 1 ORDER BY 1`,
  ]);
  const count = (kind: string) => participantsByKind.find((row) => row.kind === kind)?._count._all ?? 0;
  return {
    participants: count("ORGANISATION") + count("CITIZEN"),
    organisations: count("ORGANISATION"),
    citizens: count("CITIZEN"),
    activeEntries,
    verifiedEntries,
    entriesWithWarnings: Number(warningRows[0]?.count ?? 0),
    entriesByType: typeRows.map((row) => ({ type: row.type, count: Number(row.count) })),
    entriesByProvider: providerRows.map((row) => ({ provider: row.provider, count: Number(row.count) })),
    publishesByMonth: monthRows.map((row) => ({ month: row.month, count: Number(row.count) })),
  };
}
