import { z } from "zod";
import { withApi } from "@/app/api/_lib/with-api";
import { getParticipantBySlug } from "@/lib/participants/get-participant";
import { signWithParticipantKey } from "@/lib/participants/sign-with-participant-key";
import { getContextLoader } from "@/lib/wiring/services";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// Signs an unsigned credential with the organisation's portal-held key (the publish wizard's
// "sign with the organisation's key"). Nothing is stored: publish the result separately.
export const POST = withApi({
  auth: true,
  params: z.object({ slug: z.string().min(1).max(64) }),
  query: z.object({ format: z.enum(["eddsa-rdfc-2022", "JsonWebSignature2020", "vc-jwt"]).default("eddsa-rdfc-2022") }),
  body: z
    .record(z.string(), z.unknown())
    .refine((doc) => "@context" in doc && "credentialSubject" in doc, "An unsigned credential has @context and credentialSubject"),
  handler: async ({ actor, params, query, body }) => {
    const participant = await getParticipantBySlug({ slug: params.slug });
    const signed = await signWithParticipantKey({
      actor,
      participantId: participant.id,
      document: body,
      format: query.format,
      documentLoader: await getContextLoader(),
    });
    return typeof signed === "string"
      ? new Response(signed, { headers: { "content-type": "application/vc+jwt" } })
      : Response.json(signed, { headers: { "content-type": "application/ld+json" } });
  },
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
