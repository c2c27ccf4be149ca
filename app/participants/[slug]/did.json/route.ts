import { z } from "zod";
import { withApi } from "@/app/api/_lib/with-api";
import { getHostedDidDocument } from "@/lib/participants/get-hosted-did-document";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// did:web resolution target of portal-hosted participants (lib/participants/participant-did.ts).
export const GET = withApi({
  auth: false,
  params: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,64}$/) }),
  handler: async ({ params: { slug } }) =>
    Response.json(await getHostedDidDocument({ slug }), { headers: { "content-type": "application/did+json", "cache-control": "public, max-age=60" } }),
});

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
