import { withApi } from "@/app/api/_lib/with-api";
import { getEnv } from "@/lib/env";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

export const GET = withApi({ auth: false, handler: async () => buildOpenApiDocument({ serverUrl: getEnv().publicUrl }) });

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
