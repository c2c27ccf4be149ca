import { z } from "zod";
import { withApi } from "@/app/api/_lib/with-api";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { readBodyText } from "@/lib/http/read-body";
import { createRateLimiter } from "@/lib/http/rate-limiter";
import { checkSubmission } from "@/lib/catalogue/check-submission";

const flag = z.enum(["true", "false"]).default("true").transform((value) => value === "true");
// Anonymous callers share a budget per client address; signed-in callers per identity.
const limiter = createRateLimiter({ limit: 60, windowMs: 60_000 });

export const POST = withApi({
  auth: false,
  query: z.object({ signatures: flag, schema: flag, rules: flag }),
  handler: async ({ request, actor, query }) => {
    const client = actor?.tokenId ?? actor?.userId ?? request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "anonymous";
    const wait = limiter.take(client);
    if (wait > 0) throw new AppError("RATE_LIMITED", { message: `Too many verification requests; try again in ${wait} s.`, details: { retryAfter: wait } });
    const text = await readBodyText(request, { maxBytes: getEnv().DATALOFT_MAX_BODY_BYTES });
    return checkSubmission({ text, contentType: request.headers.get("content-type"), flags: query });
  },
});
