import { z } from "zod";
import { withApi } from "@/app/api/_lib/with-api";
import { syncPeerNow } from "@/lib/federation/sync-peer-now";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// "Sync now" (409 while another sync of the peer runs). ?wait=true answers with the finished run's
// report; otherwise 202 with the peer and its progress, to be followed with GET …/admin/peers/{id}.
export const POST = withApi({
  auth: true,
  params: z.object({ id: z.string().min(1).max(64) }),
  query: z.object({
    wait: z
      .enum(["true", "false"])
      .default("false")
      .transform((value) => value === "true"),
  }),
  handler: async ({ actor, params, query, requestId }) => {
    const outcome = await syncPeerNow({ actor, peerId: params.id, wait: query.wait, requestId });
    return outcome.finished
      ? Response.json(outcome.report)
      : Response.json(outcome.peer, { status: 202, headers: { location: `/api/v1/admin/peers/${params.id}` } });
  },
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
