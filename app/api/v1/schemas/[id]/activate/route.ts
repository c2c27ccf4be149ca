import { withApi } from "@/app/api/_lib/with-api";
import { activateSchema } from "@/lib/schemas/activate-schema";
import { schemaIdParams } from "@/lib/schemas/schema-input";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// 202: the schema is active at once; the revalidation of stored entries runs in the background
// (follow it at /api/v1/revalidations/{revalidationRunId}).
export const POST = withApi({
  auth: true,
  params: schemaIdParams,
  handler: async ({ actor, params, requestId }) => Response.json(await activateSchema({ actor, id: params.id, requestId }), { status: 202 }),
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
