import { withApi } from "@/app/api/_lib/with-api";
import { retireSchema } from "@/lib/schemas/retire-schema";
import { schemaIdParams } from "@/lib/schemas/schema-input";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// 202 with the revalidation run id when an ACTIVE version was retired; a retired DRAFT needs no run (null).
export const POST = withApi({
  auth: true,
  params: schemaIdParams,
  handler: async ({ actor, params, requestId }) => Response.json(await retireSchema({ actor, id: params.id, requestId }), { status: 202 }),
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
