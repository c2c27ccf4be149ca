import { withApi } from "@/app/api/_lib/with-api";
import { findConsents, findConsentsQuery } from "@/lib/consent/find-consents";
import { methodsNotAllowed } from "@/app/api/_lib/methods-not-allowed";

// Every request and agreement touching the data of the citizens the caller acts for (or is trustee of).
export const GET = withApi({ auth: true, query: findConsentsQuery, handler: ({ actor, query }) => findConsents({ actor, query }) });

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed(["GET"]);
