import { withApi } from "@/app/api/_lib/with-api";
import { addTrustAnchor, addTrustAnchorInput } from "@/lib/registry/add-trust-anchor";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

export const POST = withApi({
  auth: true,
  body: addTrustAnchorInput,
  handler: async ({ actor, body, requestId }) => Response.json(await addTrustAnchor({ actor, input: body, requestId }), { status: 201 }),
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
