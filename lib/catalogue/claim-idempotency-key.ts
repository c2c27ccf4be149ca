import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { sha256Hex } from "./parse-submission";

/**
 * Binds an Idempotency-Key to the first request body it came with, per caller. The same key with the
 * same body may be retried at will; with another body it is refused, and nothing is stored.
 */
export async function claimIdempotencyKey(options: { actor: Actor; key: string | null; text: string }): Promise<void> {
  if (!options.key) return;
  if (!/^[\x21-\x7e]{1,255}$/.test(options.key)) {
    throw new AppError("INVALID_INPUT", { message: "The Idempotency-Key header must be 1–255 visible ASCII characters.", invalidParams: [{ name: "header.idempotency-key", reason: "invalid characters or length" }] });
  }
  const actorKey = options.actor.tokenId ?? options.actor.userId ?? options.actor.kind;
  const requestHash = sha256Hex(options.text);
  try {
    await db().idempotencyKey.create({ data: { actorKey, key: options.key, requestHash } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await db().idempotencyKey.findUnique({ where: { actorKey_key: { actorKey, key: options.key } } });
    if (existing && existing.requestHash !== requestHash) {
      throw new AppError("IDEMPOTENCY_CONFLICT", { message: "This Idempotency-Key was already used with a different body." });
    }
  }
}
