import { withApi } from "@/app/api/_lib/with-api";
import { listPeers } from "@/lib/federation/manage-peers";
import { registerPeer, registerPeerSchema } from "@/lib/federation/register-peer";
import { peerNetworkConfig } from "@/lib/federation/peer-network";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

export const GET = withApi({ auth: true, handler: ({ actor }) => listPeers({ actor }) });

export const POST = withApi({
  auth: true,
  body: registerPeerSchema,
  handler: async ({ actor, body, requestId }) =>
    Response.json(await registerPeer({ actor, input: body, network: peerNetworkConfig(), requestId }), { status: 201 }),
});

export const { PUT, PATCH, DELETE } = methodsNotAllowed(["GET", "POST"]);
