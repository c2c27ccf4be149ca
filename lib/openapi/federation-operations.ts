import { z } from "zod";
import { registerPeerSchema } from "@/lib/federation/register-peer";
import { updatePeerSchema } from "@/lib/federation/manage-peers";
import type { Method, Operation } from "./operation";

// Federation: the admin endpoints for peers (the change feed is a mode of GET /api/v1/self-descriptions).

export const FEDERATION_OPERATIONS: Record<string, Partial<Record<Method, Operation>>> = {
  "/api/v1/admin/peers": {
    get: { summary: "Federation peers with their sync status and last report (catalogue admins)", auth: true, responses: { "200": "{ items }" } },
    post: {
      summary: "Register a peer catalogue; its host must be on the operator's allow-list (DATALOFT_PEER_HOSTS); a token is stored sealed",
      auth: true,
      body: registerPeerSchema,
      responses: { "201": "The peer", "409": "A peer with this base URL exists" },
    },
  },
  "/api/v1/admin/peers/{id}": {
    get: { summary: "One peer with its progress or last report (refusals with reasons)", auth: true, pathParams: ["id"], responses: { "200": "The peer" } },
    patch: {
      summary: "Pause or resume a peer, or change its schedule",
      auth: true,
      pathParams: ["id"],
      body: updatePeerSchema,
      responses: { "200": "The peer" },
    },
  },
  "/api/v1/admin/peers/{id}/sync": {
    post: {
      summary: "Sync now: 202 with the peer (progress on GET …/admin/peers/{id}), or with ?wait=true the finished run's report",
      auth: true,
      pathParams: ["id"],
      query: z.object({ wait: z.enum(["true", "false"]).optional() }),
      responses: { "200": "The report (wait=true)", "202": "The peer, sync running", "409": "A sync of this peer is running" },
    },
  },
};
