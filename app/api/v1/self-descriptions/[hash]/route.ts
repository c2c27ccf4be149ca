import { z } from "zod";
import { withApi } from "@/app/api/_lib/with-api";
import { getSelfDescription } from "@/lib/catalogue/get-self-description";
import { canonicalNQuads } from "@/lib/catalogue/canonical-n-quads";
import { AppError } from "@/lib/errors/app-error";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// Content negotiation: metadata as JSON by default; the document exactly as received, or its
// canonical N-Quads, on request.
export const GET = withApi({
  auth: false,
  params: z.object({ hash: z.string() }),
  handler: async ({ request, params }) => {
    const { entry, content, contentType } = await getSelfDescription({ hash: params.hash });
    const accept = request.headers.get("accept") ?? "";
    const isJwt = entry.format === "VC_JWT" || entry.format === "VP_JWT";
    if (/application\/(vc|vp)\+(ld\+)?jwt/.test(accept)) {
      if (!isJwt) throw new AppError("NOT_FOUND", { message: "This entry was published as JSON-LD; there is no JWT form." });
      return new Response(content, { headers: { "content-type": contentType } });
    }
    if (accept.includes("application/ld+json")) {
      if (isJwt) throw new AppError("NOT_FOUND", { message: "This entry was published as a JWT; ask for application/vc+jwt." });
      return new Response(content, { headers: { "content-type": "application/ld+json" } });
    }
    if (accept.includes("application/n-quads")) {
      return new Response(await canonicalNQuads({ content, format: entry.format }), { headers: { "content-type": "application/n-quads" } });
    }
    return entry;
  },
});

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
