// Public surface of the outbound network guard.
export { createGuardedFetch, type CreateGuardedFetchOptions, type GuardedFetch, type GuardedResponse, type LookupAddresses } from "./create-guarded-fetch";
export { checkPublicAddress } from "./check-public-address";
export { parseGuardedUrl } from "./parse-guarded-url";
