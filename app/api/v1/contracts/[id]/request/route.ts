import { withApi } from "@/app/api/_lib/with-api";
import { requestContractAgain } from "@/lib/contracts/request-contract-again";
import { contractIdParams, contractRequestAgainInput } from "@/lib/contracts/contract-input";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// Consumer: a new request after the provider's offer (OFFERED → REQUESTED).
export const POST = withApi({
  auth: true,
  params: contractIdParams,
  body: contractRequestAgainInput.default({}),
  handler: ({ actor, params, body, requestId }) => requestContractAgain({ actor, contractId: params.id, input: body, requestId }),
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
