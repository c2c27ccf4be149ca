// Public surface of VC-JWT / VP-JWT handling.
export { verifyJwtCredential, type VerifyJwtCredentialOptions } from "./verify-jwt-credential";
export { signJwtCredential, type SignJwtCredentialOptions } from "./sign-jwt-credential";
export { decodeJwtCredential, type DecodedJwtCredential, type EnvelopedJwt } from "./decode-jwt-credential";
export { JWT_ALGORITHMS, type JwtAlgorithm } from "./jwt-algorithms";
