import { withApi } from "@/app/api/_lib/with-api";
import { enforceCheckRateLimit } from "@/app/api/_lib/rate-limit";
import { claimsQuerySchema } from "@/lib/catalogue/claims-query";
import { querySelfDescriptions } from "@/lib/catalogue/query-self-descriptions";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

export const POST = withApi({
  auth: false,
  body: claimsQuerySchema,
  handler: async ({ request, actor, body }) => {
    enforceCheckRateLimit(request, actor);
    return querySelfDescriptions(body);
  },
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
