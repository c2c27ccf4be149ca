import { parseTerminationMessage } from "@/lib/dsp/negotiation-parse";
import { contractNegotiation } from "@/lib/dsp/negotiation-serialize";
import { moveNegotiation } from "@/lib/dsp/move-negotiation";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";
import { dspRoute } from "../../_lib/dsp-route";

export const POST = dspRoute(async ({ actor, text, providerPid, requestId }) =>
  Response.json(
    contractNegotiation(
      await moveNegotiation({ actor, providerPid: providerPid!, move: { kind: "termination", message: parseTerminationMessage(text) }, requestId }),
    ),
  ),
);

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
