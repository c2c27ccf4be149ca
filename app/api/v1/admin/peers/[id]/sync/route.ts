import { z } from "zod";
import { withApi } from "@/app/api/_lib/with-api";
import { syncPeerNow } from "@/lib/federation/sync-peer-now";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// "Sync now": runs the sync and answers with its report (409 while another sync of the peer runs).
export const POST = withApi({
  auth: true,
  params: z.object({ id: z.string().min(1).max(64) }),
  handler: ({ actor, params, requestId }) => syncPeerNow({ actor, peerId: params.id, requestId }),
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
