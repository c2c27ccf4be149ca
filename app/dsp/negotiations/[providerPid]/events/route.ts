import { parseNegotiationEventMessage } from "@/lib/dsp/negotiation-parse";
import { contractNegotiation } from "@/lib/dsp/negotiation-serialize";
import { moveNegotiation } from "@/lib/dsp/move-negotiation";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";
import { dspRoute } from "../../_lib/dsp-route";

// dspace:ContractNegotiationEventMessage: ACCEPTED from the consumer (FINALIZED is the provider's move).
export const POST = dspRoute(async ({ actor, text, providerPid, requestId }) =>
  Response.json(
    contractNegotiation(
      await moveNegotiation({ actor, providerPid: providerPid!, move: { kind: "event", message: parseNegotiationEventMessage(text) }, requestId }),
    ),
  ),
);

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
