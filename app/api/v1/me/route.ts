import { withApi } from "@/app/api/_lib/with-api";

export const GET = withApi({
  auth: true,
  handler: async ({ actor }) => ({
    kind: actor.kind,
    userId: actor.userId,
    tokenId: actor.tokenId,
    memberships: actor.memberships.map(({ participantSlug, role }) => ({ participant: participantSlug, role })),
  }),
});
