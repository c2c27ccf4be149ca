// Public surface of DID resolution.
export { createDidResolver, type CreateDidResolverOptions, type DidDocumentSource } from "./create-did-resolver";
export { findVerificationMethod, type FoundVerificationMethod, type VerificationRelationship } from "./find-verification-method";
export { convertMultikeyToJwk, type PublicKeyJwk } from "./convert-multikey-to-jwk";
export { convertDidWebToUrl } from "./convert-did-web-to-url";
