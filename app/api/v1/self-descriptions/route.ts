import { z } from "zod";
import { withApi } from "@/app/api/_lib/with-api";
import { getEnv } from "@/lib/env";
import { readBodyText } from "@/lib/http/read-body";
import { findSelfDescriptions } from "@/lib/catalogue/find-self-descriptions";
import { searchQuerySchema } from "@/lib/catalogue/search-query";
import { publishSelfDescription } from "@/lib/catalogue/publish-self-description";
import { claimIdempotencyKey } from "@/lib/catalogue/claim-idempotency-key";
import { getPublishServices } from "@/lib/catalogue/get-publish-services";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// The catalogue is public: anyone may search it. Publishing needs a participant's token or session.
export const GET = withApi({
  auth: false,
  query: searchQuerySchema,
  handler: ({ query }) => findSelfDescriptions(query),
});

export const POST = withApi({
  auth: true,
  query: z.object({ onBehalf: z.enum(["true", "false"]).default("false").transform((v) => v === "true") }),
  handler: async ({ request, actor, query, requestId }) => {
    const text = await readBodyText(request, { maxBytes: getEnv().DATALOFT_MAX_BODY_BYTES });
    await claimIdempotencyKey({ actor, key: request.headers.get("idempotency-key"), text });
    const { created, entry } = await publishSelfDescription({
      actor,
      text,
      contentType: request.headers.get("content-type"),
      services: await getPublishServices(),
      onBehalf: query.onBehalf,
      requestId,
    });
    const location = `/api/v1/self-descriptions/${entry.hash}`;
    return Response.json(entry, { status: created ? 201 : 200, headers: { location } });
  },
});

export const { PUT, PATCH, DELETE } = methodsNotAllowed(["GET", "POST"]);
