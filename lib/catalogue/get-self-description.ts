import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { serializeEntry } from "./serialize-entry";

const HASH = /^[0-9a-f]{64}$/;

export async function getSelfDescription(options: { hash: string }) {
  if (!HASH.test(options.hash)) throw new AppError("NOT_FOUND", { message: "No catalogue entry has this hash." });
  const row = await db().selfDescription.findUnique({
    where: { hash: options.hash },
    include: { projection: true, verification: true, validations: { where: { current: true }, take: 1, orderBy: { createdAt: "desc" } } },
  });
  if (!row) throw new AppError("NOT_FOUND", { message: "No catalogue entry has this hash." });
  return { entry: serializeEntry(row), content: new TextDecoder().decode(row.content), contentType: row.contentType };
}

/** The version chain of an entry, newest first: every predecessor and successor for the same subject. */
export async function getSelfDescriptionVersions(options: { hash: string }) {
  const { entry } = await getSelfDescription(options);
  const chain: { hash: string; status: string; createdAt: string; title: string | null }[] = [];
  const select = { hash: true, status: true, createdAt: true, previousHash: true, projection: { select: { title: true } } } as const;
  // Walk forward to the newest version, then back to the first; bounded against corrupt cycles.
  let newest = entry.hash;
  for (let step = 0; step < 1000; step += 1) {
    const next = await db().selfDescription.findUnique({ where: { previousHash: newest }, select: { hash: true } });
    if (!next) break;
    newest = next.hash;
  }
  let cursor: string | null = newest;
  for (let step = 0; cursor && step < 1000; step += 1) {
    const row: { hash: string; status: string; createdAt: Date; previousHash: string | null; projection: { title: string } | null } | null =
      await db().selfDescription.findUnique({ where: { hash: cursor }, select });
    if (!row) break;
    chain.push({ hash: row.hash, status: row.status, createdAt: row.createdAt.toISOString(), title: row.projection?.title ?? null });
    cursor = row.previousHash;
  }
  return { items: chain };
}
