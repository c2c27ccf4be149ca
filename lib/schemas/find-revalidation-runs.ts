import "server-only";
import { db } from "@/lib/db";
import { assertCatalogueAdmin, type Actor } from "@/lib/auth/actor";
import { toRevalidationRunView, type RevalidationRunView } from "./serialize-schema";

/** The latest runs, newest first (the admin page shows their progress). */
export async function findRevalidationRuns(options: { actor: Actor | null; limit?: number }): Promise<{ items: RevalidationRunView[] }> {
  assertCatalogueAdmin(options.actor);
  const rows = await db().revalidationRun.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: Math.min(Math.max(options.limit ?? 10, 1), 100) });
  return { items: rows.map(toRevalidationRunView) };
}
