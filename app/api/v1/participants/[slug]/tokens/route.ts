import { z } from "zod";
import { withApi } from "@/app/api/_lib/with-api";
import { createApiToken, createApiTokenInput } from "@/lib/auth/create-api-token";
import { findApiTokens } from "@/lib/auth/find-api-tokens";
import { getParticipantBySlug } from "@/lib/participants/get-participant";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

const params = z.object({ slug: z.string().min(1).max(64) });

export const GET = withApi({
  auth: true,
  params,
  handler: async ({ actor, params: { slug } }) => {
    const participant = await getParticipantBySlug({ slug });
    return { items: await findApiTokens({ actor, participantId: participant.id }) };
  },
});

export const POST = withApi({
  auth: true,
  params,
  body: createApiTokenInput,
  handler: async ({ actor, params: { slug }, body, requestId }) => {
    const participant = await getParticipantBySlug({ slug });
    const created = await createApiToken({ actor, participantId: participant.id, input: body, requestId });
    return Response.json({ ...created.token, secret: created.secret }, { status: 201 });
  },
});

export const { PUT, PATCH, DELETE } = methodsNotAllowed(["GET", "POST"]);
