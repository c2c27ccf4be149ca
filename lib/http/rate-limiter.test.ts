import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limiter";

describe("createRateLimiter", () => {
  it("allows up to the limit per window and per key, then says how long to wait", () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 10_000 });
    expect(limiter.take("a", 0)).toBe(0);
    expect(limiter.take("a", 1_000)).toBe(0);
    expect(limiter.take("a", 2_000)).toBe(8);
    expect(limiter.take("b", 2_000)).toBe(0);
    expect(limiter.take("a", 10_000)).toBe(0);
  });

  it("keeps its memory bounded", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 3 });
    for (let i = 0; i < 100; i += 1) limiter.take(`k${i}`, 0);
    // The newest key is still tracked: a second call in the window is refused.
    expect(limiter.take("k99", 1)).toBeGreaterThan(0);
  });
});
