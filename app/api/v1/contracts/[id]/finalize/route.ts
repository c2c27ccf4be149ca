import { withApi } from "@/app/api/_lib/with-api";
import { finalizeContract } from "@/lib/contracts/finalize-contract";
import { contractIdParams } from "@/lib/contracts/contract-input";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// Provider: finalize the verified agreement (VERIFIED → FINALIZED).
export const POST = withApi({
  auth: true,
  params: contractIdParams,
  handler: ({ actor, params, requestId }) => finalizeContract({ actor, contractId: params.id, requestId }),
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
