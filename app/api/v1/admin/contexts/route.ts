import { withApi } from "@/app/api/_lib/with-api";
import { addContextInput, addJsonLdContext } from "@/lib/registry/add-json-ld-context";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

export const POST = withApi({
  auth: true,
  body: addContextInput,
  handler: async ({ actor, body, requestId }) => Response.json(await addJsonLdContext({ actor, input: body, requestId }), { status: 201 }),
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
