import { z } from "zod";
import { withApi } from "@/app/api/_lib/with-api";
import { getPeer, updatePeer, updatePeerSchema } from "@/lib/federation/manage-peers";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

const params = z.object({ id: z.string().min(1).max(64) });

export const GET = withApi({ auth: true, params, handler: ({ actor, params }) => getPeer({ actor, id: params.id }) });

export const PATCH = withApi({
  auth: true,
  params,
  body: updatePeerSchema,
  handler: ({ actor, params, body, requestId }) => updatePeer({ actor, id: params.id, input: body, requestId }),
});

export const { POST, PUT, DELETE } = methodsNotAllowed(["GET", "PATCH"]);
