import { withApi } from "@/app/api/_lib/with-api";
import { findPinnedDids, pinDidDocument, pinDidInput } from "@/lib/registry/pin-did-document";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

export const GET = withApi({ auth: true, handler: async ({ actor }) => ({ items: await findPinnedDids({ actor }) }) });

export const POST = withApi({
  auth: true,
  body: pinDidInput,
  handler: async ({ actor, body, requestId }) => Response.json(await pinDidDocument({ actor, input: body, requestId }), { status: 201 }),
});

export const { PUT, PATCH, DELETE } = methodsNotAllowed(["GET", "POST"]);
