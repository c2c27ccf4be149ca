// Public surface of the credential core (JSON-LD contexts, Linked Data proofs, keys, verification).
// DID resolution lives in ./did, JWT credentials in ./jwt, X.509 in ./x509.

export type {
  CheckSeverity,
  Clock,
  CredentialFormat,
  DidDocument,
  DidResolution,
  DidResolver,
  DocumentLoader,
  JsonObject,
  KeyCheck,
  StatusCheck,
  VerificationCheck,
  VerificationOutcome,
} from "./types";
export { systemClock } from "./types";

export { verifyCredential, type VerifyCredentialOptions } from "./verify-credential";

export { createDocumentLoader, type CreateDocumentLoaderOptions } from "./jsonld/create-document-loader";
export { expandSafely } from "./jsonld/expand-safely";
export { canonizeSafely } from "./jsonld/canonize-safely";
export { canonizeWithIssues } from "./jsonld/canonize-with-issues";
export type { JsonLdIssue } from "./jsonld/jsonld-issues";

export { signDataIntegrity, type DataIntegritySuiteName, type SignDataIntegrityOptions } from "./ld-proofs/sign-data-integrity";
export { signJws2020, type SignJws2020Options } from "./ld-proofs/sign-jws-2020";
export type { Jws2020Hashing } from "./ld-proofs/jws-2020-signing-input";
export { createSuiteDocumentLoader } from "./ld-proofs/create-suite-document-loader";

export { generateKeyPair, type GeneratedKeyPair, type KeyAlgorithm } from "./keys/generate-key-pair";
export { encryptPrivateKey } from "./keys/encrypt-private-key";
export { decryptPrivateKey } from "./keys/decrypt-private-key";
export { jwkToPublicKeyMultibase, publicKeyMultibaseToJwk } from "./keys/multikey";
