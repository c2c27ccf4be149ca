import { z } from "zod";
import { withApi } from "@/app/api/_lib/with-api";
import { getEnv } from "@/lib/env";
import { inviteMember, inviteMemberInput } from "@/lib/participants/invite-member";
import { getParticipantBySlug } from "@/lib/participants/get-participant";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

export const POST = withApi({
  auth: true,
  params: z.object({ slug: z.string().min(1).max(64) }),
  body: inviteMemberInput,
  handler: async ({ actor, params: { slug }, body, requestId }) => {
    const participant = await getParticipantBySlug({ slug });
    const { invitation, link } = await inviteMember({ actor, participantId: participant.id, input: body, publicUrl: getEnv().publicUrl, requestId });
    return Response.json(
      { id: invitation.id, email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt.toISOString(), link },
      { status: 201 },
    );
  },
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
