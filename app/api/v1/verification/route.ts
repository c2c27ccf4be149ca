import { z } from "zod";
import { withApi } from "@/app/api/_lib/with-api";
import { getEnv } from "@/lib/env";
import { readBodyText } from "@/lib/http/read-body";
import { enforceCheckRateLimit } from "@/app/api/_lib/rate-limit";
import { inspectSubmission } from "@/lib/catalogue/inspect-submission";
import { getPipelineServices } from "@/lib/wiring/services";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

const flag = z
  .enum(["true", "false"])
  .default("true")
  .transform((value) => value === "true");

export const POST = withApi({
  auth: false,
  query: z.object({ signatures: flag, schema: flag, rules: flag }),
  handler: async ({ request, actor, query }) => {
    enforceCheckRateLimit(request, actor);
    const text = await readBodyText(request, { maxBytes: getEnv().DATALOFT_MAX_BODY_BYTES });
    // Signed-in callers check under the publishers' budget; everyone else under the small anonymous one.
    const services = await getPipelineServices({ budget: actor ? "publisher" : "anonymous" });
    return inspectSubmission({ text, contentType: request.headers.get("content-type"), flags: query, services, signal: request.signal });
  },
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
