import { withApi } from "@/app/api/_lib/with-api";
import { getRevalidationRun } from "@/lib/schemas/get-revalidation-run";
import { schemaIdParams } from "@/lib/schemas/schema-input";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

export const GET = withApi({ auth: true, params: schemaIdParams, handler: async ({ actor, params }) => getRevalidationRun({ actor, id: params.id }) });

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
