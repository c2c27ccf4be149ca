import { withApi } from "@/app/api/_lib/with-api";
import { withdrawConsent } from "@/lib/consent/withdraw-consent";
import { consentIdParams, consentReasonInput } from "@/lib/consent/consent-input";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// The citizen (or trustee) withdraws a granted consent; the dependent contract is terminated at once.
export const POST = withApi({
  auth: true,
  params: consentIdParams,
  body: consentReasonInput.default({}),
  handler: ({ actor, params, body, requestId }) => withdrawConsent({ actor, consentId: params.id, reason: body.reason, requestId }),
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
