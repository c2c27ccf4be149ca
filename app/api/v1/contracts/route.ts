import { withApi } from "@/app/api/_lib/with-api";
import { findContracts, findContractsQuery } from "@/lib/contracts/find-contracts";
import { requestContract } from "@/lib/contracts/request-contract";
import { contractRequestInput } from "@/lib/contracts/contract-input";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// The caller's contracts (provider: inbox, consumer: outbox), and a new request for a catalogue entry.
export const GET = withApi({ auth: true, query: findContractsQuery, handler: ({ actor, query }) => findContracts({ actor, query }) });

export const POST = withApi({
  auth: true,
  body: contractRequestInput,
  handler: async ({ actor, body, requestId }) => {
    const contract = await requestContract({ actor, input: body, requestId });
    return Response.json(contract, { status: 201, headers: { location: `/api/v1/contracts/${contract.id}` } });
  },
});

export const { PUT, PATCH, DELETE } = methodsNotAllowed(["GET", "POST"]);
