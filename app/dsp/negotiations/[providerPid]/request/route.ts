import { parseContractRequestMessage } from "@/lib/dsp/negotiation-parse";
import { contractNegotiation } from "@/lib/dsp/negotiation-serialize";
import { requestNegotiationAgain } from "@/lib/dsp/request-negotiation";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";
import { dspRoute } from "../../_lib/dsp-route";

// The consumer answers the provider's offer with a new request (OFFERED → REQUESTED).
export const POST = dspRoute(async ({ actor, text, providerPid, requestId }) =>
  Response.json(
    contractNegotiation(await requestNegotiationAgain({ actor, providerPid: providerPid!, message: parseContractRequestMessage(text), requestId })),
  ),
);

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
