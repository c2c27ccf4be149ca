// Public surface of credential status checks.
export { checkCredentialStatus, type CheckCredentialStatusOptions, type CredentialStatusResult, type FetchStatusList } from "./check-credential-status";
export { createStatusCheck, type CreateStatusCheckOptions, type LoadStatusList } from "./create-status-check";
export { decodeStatusList, readStatusValue } from "./decode-status-list";
