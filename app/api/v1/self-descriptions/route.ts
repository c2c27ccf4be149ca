import { z } from "zod";
import { parseWith, withApi } from "@/app/api/_lib/with-api";
import { getEnv } from "@/lib/env";
import { readBodyText } from "@/lib/http/read-body";
import { findSelfDescriptions } from "@/lib/catalogue/find-self-descriptions";
import { searchQuerySchema } from "@/lib/catalogue/search-query";
import { changesQuerySchema, listChanges } from "@/lib/catalogue/list-changes";
import { publishSelfDescription } from "@/lib/catalogue/publish-self-description";
import { claimIdempotencyKey } from "@/lib/catalogue/claim-idempotency-key";
import { getPipelineServices } from "@/lib/wiring/services";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// The catalogue is public: anyone may search it. Publishing needs a participant's token or session.
// With updatedSince the answer is the change feed that peer catalogues harvest (lib/catalogue/list-changes).
export const GET = withApi({
  auth: false,
  handler: ({ request }) => {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    return "updatedSince" in params ? listChanges(parseWith(changesQuerySchema.strict(), params, "query")) : findSelfDescriptions(parseWith(searchQuerySchema, params, "query"));
  },
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
      services: await getPipelineServices({ budget: "publisher" }),
      onBehalf: query.onBehalf,
      requestId,
      signal: request.signal,
    });
    const location = `/api/v1/self-descriptions/${entry.hash}`;
    return Response.json(entry, { status: created ? 201 : 200, headers: { location } });
  },
});

export const { PUT, PATCH, DELETE } = methodsNotAllowed(["GET", "POST"]);
