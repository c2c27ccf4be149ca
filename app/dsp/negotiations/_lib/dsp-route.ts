import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { readBodyText } from "@/lib/http/read-body";
import { logger } from "@/lib/logger";
import { negotiationErrorResponse } from "@/lib/dsp/negotiation-serialize";
import { getRequestActor } from "@/app/_lib/current-actor";

// The wrapper of the Dataspace Protocol negotiation routes: a consumer organisation registered here
// authenticates with its API token (Authorization: Bearer), as on the rest of the API; errors answer
// as dspace:ContractNegotiationError (400 invalid message, 401/403, 404 unknown negotiation, 409 wrong
// state), not problem+json, as the protocol prescribes.

const MAX_MESSAGE_BYTES = 256 * 1024;

export interface DspContext {
  actor: Actor;
  text: string;
  providerPid: string | null;
  requestId: string;
}

export function dspRoute(handler: (context: DspContext) => Promise<Response>) {
  return async function route(request: Request, routeContext?: { params?: Promise<Record<string, string | string[]>> }): Promise<Response> {
    const requestId = randomUUID();
    // Next.js hands a route without dynamic segments no params at all.
    const params = (await routeContext?.params) ?? {};
    const providerPid = typeof params.providerPid === "string" ? decodeURIComponent(params.providerPid) : null;
    try {
      const actor = await getRequestActor(request);
      if (!actor) throw new AppError("UNAUTHENTICATED", { message: "Send the consumer organisation's API token as `Authorization: Bearer <token>`." });
      const text = request.method === "GET" ? "" : await readBodyText(request, { maxBytes: MAX_MESSAGE_BYTES });
      const response = await handler({ actor, text, providerPid, requestId });
      response.headers.set("x-request-id", requestId);
      return response;
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500)
        logger.error("dsp negotiation failed", { requestId, path: new URL(request.url).pathname, error });
      return negotiationErrorResponse(error, { providerPid });
    }
  };
}
