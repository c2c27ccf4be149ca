import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { createRateLimiter } from "@/lib/http/rate-limiter";

// Budget for the anonymous checking endpoints (verification, lint): per identity when signed in,
// per client address otherwise.
const limiter = createRateLimiter({ limit: 60, windowMs: 60_000 });

export function enforceCheckRateLimit(request: Request, actor: Actor | null): void {
  const client = actor?.tokenId ?? actor?.userId ?? request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "anonymous";
  const wait = limiter.take(client);
  if (wait > 0) throw new AppError("RATE_LIMITED", { message: `Too many requests; try again in ${wait} s.`, details: { retryAfter: wait } });
}
