import { describe, expect, it } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import type { Actor } from "@/lib/auth/actor";
import { claimIdempotencyKey } from "./claim-idempotency-key";

// The Idempotency-Key rules of the IETF draft: in flight → 409, refused → released, succeeded → replay
// for the same body and 422 for another.

const actor: Actor = { kind: "api-token", userId: null, tokenId: "token-1", memberships: [] };
const answer = { status: 201, body: { hash: "abc", title: "Stored" }, location: "/api/v1/self-descriptions/abc" };

describe.each(testDatabaseTargets())("Idempotency-Key on $name", (target) => {
  withTestDatabase(target);

  it("answers 409 while the first request runs and replays its answer once it succeeded", async () => {
    const claim = await claimIdempotencyKey({ actor, key: "k-1", text: "body" });
    expect(claim.kind).toBe("claimed");
    await expect(claimIdempotencyKey({ actor, key: "k-1", text: "body" })).rejects.toMatchObject({ code: "IDEMPOTENCY_CONFLICT", status: 409 });
    if (claim.kind === "claimed") await claim.complete(answer);
    expect(await claimIdempotencyKey({ actor, key: "k-1", text: "body" })).toEqual({ kind: "replay", answer });
    await expect(claimIdempotencyKey({ actor, key: "k-1", text: "another body" })).rejects.toMatchObject({ code: "IDEMPOTENCY_MISMATCH", status: 422 });
  });

  it("lets a refused request's key carry the corrected body", async () => {
    const refused = await claimIdempotencyKey({ actor, key: "k-2", text: "broken body" });
    if (refused.kind !== "claimed") throw new Error("not claimed");
    await refused.release();
    const corrected = await claimIdempotencyKey({ actor, key: "k-2", text: "corrected body" });
    expect(corrected.kind).toBe("claimed");
  });

  it("takes over a claim left in flight by a crashed request once its lease ran out", async () => {
    await claimIdempotencyKey({ actor, key: "k-3", text: "body", now: new Date(Date.now() - 10 * 60_000) });
    expect((await claimIdempotencyKey({ actor, key: "k-3", text: "body" })).kind).toBe("claimed");
  });

  it("keeps keys apart per caller and ignores requests without one", async () => {
    const other: Actor = { ...actor, tokenId: "token-2" };
    expect((await claimIdempotencyKey({ actor, key: "k-4", text: "a" })).kind).toBe("claimed");
    expect((await claimIdempotencyKey({ actor: other, key: "k-4", text: "b" })).kind).toBe("claimed");
    expect(await claimIdempotencyKey({ actor, key: null, text: "a" })).toEqual({ kind: "none" });
    await expect(claimIdempotencyKey({ actor, key: "bad key with spaces", text: "a" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
