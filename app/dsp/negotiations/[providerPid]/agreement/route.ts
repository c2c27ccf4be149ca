import { AppError } from "@/lib/errors/app-error";
import { contractAgreementMessage } from "@/lib/dsp/negotiation-serialize";
import { findNegotiation } from "@/lib/dsp/find-negotiation";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";
import { dspRoute } from "../../_lib/dsp-route";

// The provider's dspace:ContractAgreementMessage, fetched by the consumer: this portal makes no
// outbound calls to callback addresses, so the agreement is delivered on request instead.
export const GET = dspRoute(async ({ actor, providerPid }) => {
  const negotiation = await findNegotiation({ actor, providerPid: providerPid! });
  if (!negotiation.agreement) throw new AppError("CONFLICT", { message: `No agreement yet: the negotiation is ${negotiation.state}.` });
  return Response.json(contractAgreementMessage(negotiation));
});

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
