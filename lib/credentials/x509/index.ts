// Public surface of X.509 chain checks for DID keys.
export { createX509KeyCheck, type CreateX509KeyCheckOptions, type KeyCheck } from "./create-x509-key-check";
export { checkKeyCertificates, type CheckKeyCertificatesOptions, type PinnedChains } from "./check-key-certificates";
export { verifyCertificateChain } from "./verify-certificate-chain";
export { parseCertificateChain } from "./parse-certificate-chain";
