import { withApi } from "@/app/api/_lib/with-api";
import { getEnv } from "@/lib/env";
import { buildOpenApiDocument } from "@/lib/openapi/build-openapi-document";

export const GET = withApi({ auth: false, handler: async () => buildOpenApiDocument({ serverUrl: getEnv().publicUrl }) });
