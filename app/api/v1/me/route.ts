import { withApi } from "@/app/api/_lib/with-api";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

export const GET = withApi({
  auth: true,
  handler: async ({ actor }) => ({
    kind: actor.kind,
    userId: actor.userId,
    tokenId: actor.tokenId,
    memberships: actor.memberships.map(({ participantSlug, role }) => ({ participant: participantSlug, role })),
  }),
});

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
