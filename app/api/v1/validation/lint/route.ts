import { z } from "zod";
import { withApi } from "@/app/api/_lib/with-api";
import { enforceCheckRateLimit } from "@/app/api/_lib/rate-limit";
import { lintInPool } from "@/lib/wiring/lint-in-pool";
import { toShaclReportJsonLd } from "@/lib/validation/to-shacl-report-json-ld";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// Live validation of an unsigned draft (the publish wizard calls it while the form is filled in).
// JSON by default; `Accept: application/ld+json` returns a SHACL ValidationReport.
export const POST = withApi({
  auth: false,
  body: z.object({ credential: z.record(z.string(), z.unknown()), related: z.array(z.record(z.string(), z.unknown())).max(50).optional() }),
  handler: async ({ request, actor, body }) => {
    enforceCheckRateLimit(request, actor);
    const outcome = await lintInPool({ credential: body.credential, related: body.related, budget: actor ? "publisher" : "anonymous", signal: request.signal });
    if ((request.headers.get("accept") ?? "").includes("application/ld+json")) {
      return Response.json(toShaclReportJsonLd(outcome), { headers: { "content-type": "application/ld+json" } });
    }
    return outcome;
  },
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
