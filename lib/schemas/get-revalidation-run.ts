import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertCatalogueAdmin, type Actor } from "@/lib/auth/actor";
import { toRevalidationRunView, type RevalidationRunView } from "./serialize-schema";

export async function getRevalidationRun(options: { actor: Actor | null; id: string }): Promise<RevalidationRunView> {
  assertCatalogueAdmin(options.actor);
  const row = await db().revalidationRun.findUnique({ where: { id: options.id } });
  if (!row) throw new AppError("NOT_FOUND", { message: "No revalidation run with this id." });
  return toRevalidationRunView(row);
}
