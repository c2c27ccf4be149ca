import { parseContractRequestMessage } from "@/lib/dsp/negotiation-parse";
import { contractNegotiation } from "@/lib/dsp/negotiation-serialize";
import { requestNegotiation } from "@/lib/dsp/request-negotiation";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";
import { dspRoute } from "../_lib/dsp-route";

// A consumer starts a negotiation: dspace:ContractRequestMessage → 201 dspace:ContractNegotiation.
export const POST = dspRoute(async ({ actor, text, requestId }) => {
  const negotiation = await requestNegotiation({ actor, message: parseContractRequestMessage(text), requestId });
  return Response.json(contractNegotiation(negotiation), { status: 201 });
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
