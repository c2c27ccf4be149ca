import "server-only";
import { db } from "@/lib/db";

// Active entries that describe something one can request (datasets, data resources, services), with
// what a DCAT view needs. Shared by the DCAT-AP catalogue and the Dataspace Protocol catalogue.

export interface CatalogueDataset {
  hash: string;
  subjectId: string | null;
  title: string;
  description: string | null;
  keywords: string[];
  types: string[];
  issuerDid: string;
  providerName: string | null;
  purposes: string[];
  healthThemes: string[];
  pseudonymisation: string | null;
  accessRights: string | null;
  licence: string | null;
  createdAt: Date;
}

const REQUESTABLE = ["Dataset", "DataResource", "DataProduct", "ServiceOffering", "DataService", "SoftwareResource"];

export async function findCatalogueDatasets(options: { hash?: string; limit?: number } = {}): Promise<CatalogueDataset[]> {
  const rows = await db().selfDescription.findMany({
    where: { status: "ACTIVE", types: { hasSome: REQUESTABLE }, ...(options.hash ? { hash: options.hash } : {}) },
    orderBy: { createdAt: "desc" },
    take: Math.min(options.limit ?? 100, 500),
    include: { projection: true },
  });
  const publishers = await db().participant.findMany({
    where: { did: { in: [...new Set(rows.map((row) => row.issuerDid))] } },
    select: { did: true, legalName: true },
  });
  const names = new Map(publishers.map((p) => [p.did, p.legalName]));
  return rows.map((row) => ({
    hash: row.hash,
    subjectId: row.subjectIds[0] ?? null,
    title: row.projection?.title ?? row.hash,
    description: row.projection?.description ?? null,
    keywords: row.projection?.keywords ?? [],
    types: row.types,
    issuerDid: row.issuerDid,
    providerName: row.projection?.providerName ?? names.get(row.issuerDid) ?? null,
    purposes: row.projection?.purposes ?? [],
    healthThemes: row.projection?.healthThemes ?? [],
    pseudonymisation: row.projection?.pseudonymisation ?? null,
    accessRights: row.projection?.accessRights ?? null,
    licence: row.projection?.licence ?? null,
    createdAt: row.createdAt,
  }));
}
