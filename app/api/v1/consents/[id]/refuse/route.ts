import { withApi } from "@/app/api/_lib/with-api";
import { refuseConsent } from "@/lib/consent/refuse-consent";
import { consentIdParams, consentReasonInput } from "@/lib/consent/consent-input";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// The citizen (or trustee) refuses a pending consent; the request can then not be agreed.
export const POST = withApi({
  auth: true,
  params: consentIdParams,
  body: consentReasonInput.default({}),
  handler: ({ actor, params, body, requestId }) => refuseConsent({ actor, consentId: params.id, reason: body.reason, requestId }),
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
