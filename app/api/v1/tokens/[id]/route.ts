import { z } from "zod";
import { withApi } from "@/app/api/_lib/with-api";
import { revokeApiToken } from "@/lib/auth/revoke-api-token";
import { serializeApiToken } from "@/lib/auth/create-api-token";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

export const DELETE = withApi({
  auth: true,
  params: z.object({ id: z.string().min(1).max(64) }),
  handler: async ({ actor, params: { id }, requestId }) => serializeApiToken(await revokeApiToken({ actor, tokenId: id, requestId })),
});

export const { GET, POST, PUT, PATCH } = methodsNotAllowed(["DELETE"]);
