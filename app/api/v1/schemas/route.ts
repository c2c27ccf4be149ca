import { withApi } from "@/app/api/_lib/with-api";
import { findSchemas } from "@/lib/schemas/find-schemas";
import { findSchemasQuery, uploadSchemaInput } from "@/lib/schemas/schema-input";
import { uploadSchema } from "@/lib/schemas/upload-schema";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// Catalogue admins only (checked in lib/schemas). An upload is stored as DRAFT; activate it to use it.

export const GET = withApi({ auth: true, query: findSchemasQuery, handler: async ({ actor, query }) => findSchemas({ actor, query }) });

export const POST = withApi({
  auth: true,
  body: uploadSchemaInput,
  handler: async ({ actor, body, requestId }) => Response.json(await uploadSchema({ actor, input: body, requestId }), { status: 201 }),
});

export const { PUT, PATCH, DELETE } = methodsNotAllowed(["GET", "POST"]);
