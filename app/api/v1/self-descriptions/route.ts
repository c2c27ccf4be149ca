import { z } from "zod";
import { parseWith, withApi } from "@/app/api/_lib/with-api";
import { getEnv } from "@/lib/env";
import { readBodyText } from "@/lib/http/read-body";
import { findSelfDescriptions } from "@/lib/catalogue/find-self-descriptions";
import { searchQuerySchema } from "@/lib/catalogue/search-query";
import { changesQuerySchema, listChanges } from "@/lib/catalogue/list-changes";
import { publishSelfDescription } from "@/lib/catalogue/publish-self-description";
import { claimIdempotencyKey, type StoredAnswer } from "@/lib/catalogue/claim-idempotency-key";
import { getPipelineServices } from "@/lib/wiring/services";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// The catalogue is public: anyone may search it. Publishing needs a participant's token or session.
// With updatedSince the answer is the change feed that peer catalogues harvest (lib/catalogue/list-changes).
export const GET = withApi({
  auth: false,
  handler: ({ request }) => {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    return "updatedSince" in params
      ? listChanges(parseWith(changesQuerySchema.strict(), params, "query"))
      : findSelfDescriptions(parseWith(searchQuerySchema, params, "query"));
  },
});

export const POST = withApi({
  auth: true,
  query: z.object({
    onBehalf: z
      .enum(["true", "false"])
      .default("false")
      .transform((v) => v === "true"),
  }),
  handler: async ({ request, actor, query, requestId }) => {
    const text = await readBodyText(request, { maxBytes: getEnv().DATALOFT_MAX_BODY_BYTES });
    const claim = await claimIdempotencyKey({ actor, key: request.headers.get("idempotency-key"), text });
    if (claim.kind === "replay") return replayed(claim.answer);
    try {
      const { created, entry } = await publishSelfDescription({
        actor,
        text,
        contentType: request.headers.get("content-type"),
        services: await getPipelineServices({ budget: "publisher" }),
        onBehalf: query.onBehalf,
        requestId,
        signal: request.signal,
      });
      const answer = { status: created ? 201 : 200, body: entry, location: `/api/v1/self-descriptions/${entry.hash}` };
      if (claim.kind === "claimed") await claim.complete(answer);
      return Response.json(answer.body, { status: answer.status, headers: { location: answer.location } });
    } catch (error) {
      // A refusal does not consume the key: the corrected document may be sent with it.
      if (claim.kind === "claimed") await claim.release();
      throw error;
    }
  },
});

function replayed(answer: StoredAnswer): Response {
  const headers: Record<string, string> = { "idempotent-replayed": "true" };
  if (answer.location) headers.location = answer.location;
  return Response.json(answer.body, { status: answer.status, headers });
}

export const { PUT, PATCH, DELETE } = methodsNotAllowed(["GET", "POST"]);
