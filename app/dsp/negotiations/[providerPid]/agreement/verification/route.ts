import { parseAgreementVerificationMessage } from "@/lib/dsp/negotiation-parse";
import { contractNegotiation } from "@/lib/dsp/negotiation-serialize";
import { moveNegotiation } from "@/lib/dsp/move-negotiation";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";
import { dspRoute } from "../../../_lib/dsp-route";

// dspace:ContractAgreementVerificationMessage: the agreement credential is verified before VERIFIED.
export const POST = dspRoute(async ({ actor, text, providerPid, requestId }) =>
  Response.json(
    contractNegotiation(
      await moveNegotiation({ actor, providerPid: providerPid!, move: { kind: "verification", message: parseAgreementVerificationMessage(text) }, requestId }),
    ),
  ),
);

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
