import { withApi } from "@/app/api/_lib/with-api";
import { grantConsent } from "@/lib/consent/grant-consent";
import { consentIdParams, consentReasonInput } from "@/lib/consent/consent-input";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// The citizen (or trustee) grants a pending consent.
export const POST = withApi({
  auth: true,
  params: consentIdParams,
  body: consentReasonInput.default({}),
  handler: ({ actor, params, requestId }) => grantConsent({ actor, consentId: params.id, requestId }),
});

export const { GET, PUT, PATCH, DELETE } = methodsNotAllowed(["POST"]);
