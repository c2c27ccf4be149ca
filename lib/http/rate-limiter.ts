// A fixed-window rate limiter per key (client address). It lives in the process: with several portal
// instances each enforces its own share, which bounds abuse of the anonymous verification endpoint
// without a shared store. See docs/SCALING.md for the shared-store option.

export interface RateLimiter {
  /** Returns the seconds to wait, or 0 when the call may proceed (and counts it). */
  take(key: string, now?: number): number;
}

export function createRateLimiter(options: { limit: number; windowMs: number; maxKeys?: number }): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  const maxKeys = options.maxKeys ?? 10_000;
  return {
    take(key, now = Date.now()) {
      let window = windows.get(key);
      if (!window || now - window.start >= options.windowMs) {
        if (windows.size >= maxKeys) {
          for (const [candidate, value] of windows) if (now - value.start >= options.windowMs) windows.delete(candidate);
          if (windows.size >= maxKeys) windows.delete(windows.keys().next().value as string);
        }
        window = { start: now, count: 0 };
        windows.set(key, window);
      }
      if (window.count >= options.limit) return Math.ceil((window.start + options.windowMs - now) / 1000);
      window.count += 1;
      return 0;
    },
  };
}
