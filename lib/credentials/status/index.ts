// Public surface of credential status checks.
export { checkCredentialStatus, type CheckCredentialStatusOptions, type CredentialStatusResult, type FetchStatusList } from "./check-credential-status";
export { decodeStatusList, readStatusValue } from "./decode-status-list";
