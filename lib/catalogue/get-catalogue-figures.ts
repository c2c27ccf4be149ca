import "server-only";
import { db } from "@/lib/db";

export interface CatalogueFigures {
  participants: number;
  organisations: number;
  citizens: number;
  activeEntries: number;
  verifiedEntries: number;
  entriesByType: { type: string; count: number }[];
}

/** Live figures for the landing page and GET /api/v1/stats. */
export async function getCatalogueFigures(): Promise<CatalogueFigures> {
  const prisma = db();
  const [participantsByKind, activeEntries, verifiedEntries, typeRows] = await Promise.all([
    prisma.participant.groupBy({ by: ["kind"], _count: { _all: true } }),
    prisma.selfDescription.count({ where: { status: "ACTIVE" } }),
    prisma.selfDescription.count({ where: { status: "ACTIVE", verification: { verified: true } } }),
    prisma.$queryRaw<{ type: string; count: bigint }[]>`
      SELECT t.type, count(*) AS count
      FROM "SelfDescription" s, unnest(s."types") AS t(type)
      WHERE s."status" = 'ACTIVE'
      GROUP BY t.type ORDER BY count DESC, t.type LIMIT 12`,
  ]);
  const count = (kind: string) => participantsByKind.find((row) => row.kind === kind)?._count._all ?? 0;
  return {
    participants: count("ORGANISATION") + count("CITIZEN"),
    organisations: count("ORGANISATION"),
    citizens: count("CITIZEN"),
    activeEntries,
    verifiedEntries,
    entriesByType: typeRows.map((row) => ({ type: row.type, count: Number(row.count) })),
  };
}
