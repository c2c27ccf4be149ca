import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { contractRolesOf } from "./contract-role";
import { contractInclude, serializeContract } from "./serialize-contract";

/** One contract with its timeline, for either party; NOT_FOUND for everyone else. */
export async function getContract(options: { actor: Actor | null; id: string }) {
  const row = await db().contractRequest.findUnique({ where: { id: options.id }, include: { ...contractInclude, events: { orderBy: { createdAt: "asc" } } } });
  if (!row) throw new AppError("NOT_FOUND", { message: "No such contract." });
  const roles = contractRolesOf(options.actor, row);
  return serializeContract(row, { roles, events: row.events });
}
