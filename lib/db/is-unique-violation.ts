import { Prisma } from "@/lib/generated/prisma/client";

/**
 * True for a unique-constraint violation, however it surfaced: Prisma's P2002 (PostgreSQL adapter) or
 * the raw SQLSTATE 23505 that the PGlite adapter passes through unmapped.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return true;
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    const candidate = current as { code?: unknown; cause?: unknown; message?: unknown };
    if (candidate.code === "23505") return true;
    if (typeof candidate.message === "string" && candidate.message.includes("duplicate key value violates unique constraint")) return true;
    current = candidate.cause;
  }
  return false;
}
