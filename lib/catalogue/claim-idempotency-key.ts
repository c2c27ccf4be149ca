import "server-only";
import { db, Prisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/auth/actor";
import { sha256Hex } from "./parse-submission";

// Idempotency-Key as the IETF draft (draft-ietf-httpapi-idempotency-key-header) describes it, per caller:
// - a new key is claimed (IN_FLIGHT) for its body while the request runs;
// - the same key while that request still runs → 409;
// - a refused request releases its key, so the corrected body may use it;
// - after success the same key with the same body replays the stored answer, with another body → 422.

/** A claim still IN_FLIGHT after this long belongs to a crashed request and may be taken over. */
const IN_FLIGHT_LEASE_MS = 5 * 60_000;

export interface StoredAnswer {
  status: number;
  body: unknown;
  location: string | null;
}

export type IdempotencyClaim =
  { kind: "none" } | { kind: "replay"; answer: StoredAnswer } | { kind: "claimed"; complete(answer: StoredAnswer): Promise<void>; release(): Promise<void> };

export async function claimIdempotencyKey(options: { actor: Actor; key: string | null; text: string; now?: Date }): Promise<IdempotencyClaim> {
  if (!options.key) return { kind: "none" };
  if (!/^[\x21-\x7e]{1,255}$/.test(options.key)) {
    throw new AppError("INVALID_INPUT", {
      message: "The Idempotency-Key header must be 1–255 visible ASCII characters.",
      invalidParams: [{ name: "header.idempotency-key", reason: "invalid characters or length" }],
    });
  }
  const actorKey = options.actor.tokenId ?? options.actor.userId ?? options.actor.kind;
  const key = options.key;
  const requestHash = sha256Hex(options.text);
  const now = options.now ?? new Date();
  const where = { actorKey_key: { actorKey, key } };
  const claimed: IdempotencyClaim = {
    kind: "claimed",
    async complete(answer) {
      await db().idempotencyKey.update({
        where,
        data: {
          state: "DONE",
          responseStatus: answer.status,
          responseBody: answer.body as Prisma.InputJsonValue,
          location: answer.location,
          updatedAt: new Date(),
        },
      });
    },
    async release() {
      await db().idempotencyKey.deleteMany({ where: { actorKey, key, requestHash, state: "IN_FLIGHT" } });
    },
  };

  try {
    await db().idempotencyKey.create({ data: { actorKey, key, requestHash, state: "IN_FLIGHT", createdAt: now, updatedAt: now } });
    return claimed;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const existing = await db().idempotencyKey.findUnique({ where });
  if (!existing) return claimIdempotencyKey(options); // released meanwhile: claim it afresh
  if (existing.state === "IN_FLIGHT") {
    // A crashed request's claim is taken over once its lease ran out; a live one is answered 409.
    const taken = await db().idempotencyKey.updateMany({
      where: { actorKey, key, state: "IN_FLIGHT", updatedAt: { lt: new Date(now.getTime() - IN_FLIGHT_LEASE_MS) } },
      data: { requestHash, updatedAt: now },
    });
    if (taken.count === 1) return claimed;
    throw new AppError("IDEMPOTENCY_CONFLICT", { message: "A request with this Idempotency-Key is still being processed; retry once it has finished." });
  }
  if (existing.requestHash !== requestHash) {
    throw new AppError("IDEMPOTENCY_MISMATCH", {
      message: "This Idempotency-Key was already used for a successful request with a different body; use a new key for a different request.",
      invalidParams: [{ name: "header.idempotency-key", reason: "reused with a different body" }],
    });
  }
  return { kind: "replay", answer: { status: existing.responseStatus ?? 200, body: existing.responseBody, location: existing.location } };
}
