import { withApi } from "@/app/api/_lib/with-api";
import { getConsentAccessLog } from "@/lib/consent/get-consent-access-log";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// Who was granted what, when and why, for the citizens the caller acts for.
export const GET = withApi({ auth: true, handler: ({ actor }) => getConsentAccessLog({ actor }) });

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
