import { z } from "zod";
import { withApi } from "@/app/api/_lib/with-api";
import { revokeSelfDescription } from "@/lib/catalogue/revoke-self-description";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

export const POST = withApi({
  auth: true,
  params: z.object({ hash: z.string() }),
  body: z.object({ reason: z.string().max(500).optional() }).default({}),
  handler: ({ actor, params, body, requestId }) => revokeSelfDescription({ actor, hash: params.hash, reason: body?.reason, requestId }),
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
