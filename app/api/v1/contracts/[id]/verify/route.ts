import { withApi } from "@/app/api/_lib/with-api";
import { verifyContractAgreement } from "@/lib/contracts/verify-contract-agreement";
import { contractIdParams } from "@/lib/contracts/contract-input";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// Consumer: verify the agreement credential (AGREED → VERIFIED); a failed verification is a 422 naming the checks.
export const POST = withApi({
  auth: true,
  params: contractIdParams,
  handler: ({ actor, params, requestId }) => verifyContractAgreement({ actor, contractId: params.id, requestId }),
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
