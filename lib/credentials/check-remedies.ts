// Short advice for whoever can act on a failed check (the submitter, the issuer, the DID controller
// or the catalogue operator). Keyed by check id, so both formats give the same advice for the same problem.
import type { VerificationCheck } from "@/lib/credentials/types";

const REMEDIES: Record<string, string> = {
  "proof.present": "Sign the document before submitting it; unsigned credentials are not accepted.",
  "proof.signature": "Ask the issuer for a fresh copy: the document was changed after signing, or the named key did not sign it.",
  "proof.purpose": "Ask the signer to re-sign with proofPurpose assertionMethod (credential) or authentication (presentation).",
  "proof.suite": "Ask the issuer to re-issue with a supported suite: eddsa-rdfc-2022, ecdsa-rdfc-2019, Ed25519Signature2020 or JsonWebSignature2020.",
  "proof.chain": "Submit the document with every proof its previousProof names, unaltered.",
  "proof.coverage": "Ask the issuer to re-sign with a Data Integrity suite or W3C JsonWebSignature2020 hashing, which cover dates and key.",
  "did.resolved": "Publish the DID document where it resolves, or ask the catalogue operator to pin it.",
  "key.authorized": "The DID controller should list the key under assertionMethod (authentication for presentations) in the DID document.",
  "key.controller": "Have the issuer (or holder) sign with one of its own keys, or name the key's owner as issuer.",
  "validity.window": "Ask the issuer for a credential that is valid now; check the dates and the signing system's clock.",
  "jsonld.contexts": "Use only contexts the catalogue pins, or ask the catalogue operator to register this one.",
  "jsonld.legacy": "Define every term in a @context and re-sign: undefined terms are not covered by the signature.",
  "format.supported": "Submit the credential on its own, as JSON-LD or as a VC-JWT.",
  "jwt.format": "Submit a compact JWS: three base64url parts separated by dots.",
  "jwt.alg": "Re-sign with ES256, ES384, PS256, RS256 or EdDSA.",
  "jwt.typ": "Sign with typ vc+jwt (credential) or vp+jwt (presentation).",
  "jwt.kid": "Sign with kid set to the DID URL of the signing key (did:…#key-id).",
  "jwt.iss": "Make iss the credential's issuer (or the presentation's holder).",
  "jwt.time": "Ask the issuer for a JWT valid now (iat, nbf, exp); check the signing system's clock.",
  "jwt.milliseconds": "Write iat, nbf and exp in seconds since 1970, as RFC 7519 requires.",
  "jwt.legacy": "Sign the credential itself (VC-JOSE-COSE) instead of wrapping it in a vc or vp claim.",
  "presentation.credentials": "See the failed checks of each enveloped credential.",
  "compliance.credential":
    "See the failed checks of the compliance credential; ask the Gaia-X compliance service for a fresh one, or submit the self-description on its own.",
  "compliance.integrity": "Submit the self-description exactly as the compliance service attested it, or ask the compliance service to attest the current one.",
  "status.checked": "Ask the issuer to publish the status list where the catalogue can read it.",
  "status.revoked": "The issuer revoked this credential: ask the issuer for a current one.",
  "status.suspended": "The issuer suspended this credential: ask the issuer whether it will be reinstated.",
  "x509.chain": "Publish the full certificate chain (x5u or x5c), leaf first.",
  "x509.trust": "Use a certificate issued under a trust anchor the catalogue operator accepts.",
  "x509.validity": "Re-sign with a key whose certificate was valid at signing time.",
  "x509.expired": "Renew the certificate before the credential is re-signed.",
  "x509.key": "Sign with the key the leaf certificate certifies.",
};

/** The failed checks with the remedy for their id added, unless a check already carries its own. */
export function addRemedies(checks: VerificationCheck[]): VerificationCheck[] {
  for (const check of checks) {
    if (check.passed || check.remedy !== undefined) continue;
    const remedy = REMEDIES[check.id];
    if (remedy) check.remedy = remedy;
  }
  return checks;
}
