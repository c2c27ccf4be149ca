import { withApi } from "@/app/api/_lib/with-api";
import { enforceCheckRateLimit } from "@/app/api/_lib/rate-limit";
import { claimsQuerySchema } from "@/lib/catalogue/claims-query";
import { querySelfDescriptions } from "@/lib/catalogue/query-self-descriptions";

export const POST = withApi({
  auth: false,
  body: claimsQuerySchema,
  handler: async ({ request, actor, body }) => {
    enforceCheckRateLimit(request, actor);
    return querySelfDescriptions(body);
  },
});
