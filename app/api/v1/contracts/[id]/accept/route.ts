import { withApi } from "@/app/api/_lib/with-api";
import { acceptContractOffer } from "@/lib/contracts/accept-contract-offer";
import { contractIdParams } from "@/lib/contracts/contract-input";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// Consumer: accept the provider's offer (OFFERED → ACCEPTED).
export const POST = withApi({
  auth: true,
  params: contractIdParams,
  handler: ({ actor, params, requestId }) => acceptContractOffer({ actor, contractId: params.id, requestId }),
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
