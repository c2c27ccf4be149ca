import { withApi } from "@/app/api/_lib/with-api";
import { terminateContract } from "@/lib/contracts/terminate-contract";
import { contractIdParams, contractTerminateInput } from "@/lib/contracts/contract-input";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// Either party: end a negotiation that is not final (→ TERMINATED).
export const POST = withApi({
  auth: true,
  params: contractIdParams,
  body: contractTerminateInput.default({}),
  handler: ({ actor, params, body, requestId }) => terminateContract({ actor, contractId: params.id, reason: body.reason, requestId }),
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
