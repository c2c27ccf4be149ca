import { withApi } from "@/app/api/_lib/with-api";
import { getContract } from "@/lib/contracts/get-contract";
import { contractIdParams } from "@/lib/contracts/contract-input";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

export const GET = withApi({ auth: true, params: contractIdParams, handler: ({ actor, params }) => getContract({ actor, id: params.id }) });

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
