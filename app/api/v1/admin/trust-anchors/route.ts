import { withApi } from "@/app/api/_lib/with-api";
import { addTrustAnchor, addTrustAnchorInput } from "@/lib/registry/add-trust-anchor";

export const POST = withApi({
  auth: true,
  body: addTrustAnchorInput,
  handler: async ({ actor, body, requestId }) => Response.json(await addTrustAnchor({ actor, input: body, requestId }), { status: 201 }),
});
