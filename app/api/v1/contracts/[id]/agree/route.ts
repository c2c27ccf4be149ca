import { withApi } from "@/app/api/_lib/with-api";
import { agreeContract } from "@/lib/contracts/agree-contract";
import { contractIdParams } from "@/lib/contracts/contract-input";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// Provider: agree; the agreement credential is signed with the provider's portal-held key (→ AGREED).
export const POST = withApi({
  auth: true,
  params: contractIdParams,
  handler: ({ actor, params, requestId }) => agreeContract({ actor, contractId: params.id, requestId }),
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
