import { withApi } from "@/app/api/_lib/with-api";
import { offerContract } from "@/lib/contracts/offer-contract";
import { contractIdParams, contractOfferInput } from "@/lib/contracts/contract-input";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// Provider: a counter-offer changing some terms of the current offer (REQUESTED → OFFERED).
export const POST = withApi({
  auth: true,
  params: contractIdParams,
  body: contractOfferInput,
  handler: ({ actor, params, body, requestId }) => offerContract({ actor, contractId: params.id, changes: body, requestId }),
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
