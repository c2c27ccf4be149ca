import { z } from "zod";
import { withApi } from "@/app/api/_lib/with-api";
import { addContextInput, addJsonLdContext } from "@/lib/registry/add-json-ld-context";
import { findJsonLdContexts, retireJsonLdContext } from "@/lib/registry/manage-json-ld-contexts";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

export const GET = withApi({ auth: true, handler: async ({ actor }) => ({ items: await findJsonLdContexts({ actor }) }) });

export const POST = withApi({
  auth: true,
  body: addContextInput,
  handler: async ({ actor, body, requestId }) => Response.json(await addJsonLdContext({ actor, input: body, requestId }), { status: 201 }),
});

/** Retires the operator context pinned under ?url=… */
export const DELETE = withApi({
  auth: true,
  query: z.object({ url: z.url() }),
  handler: ({ actor, query, requestId }) => retireJsonLdContext({ actor, url: query.url, requestId }),
});

export const { PUT, PATCH } = methodsNotAllowed(["GET", "POST", "DELETE"]);
