// Checks an X.509 chain the way a did:web key with x5u/x5c is meant to be checked: each certificate
// signed by the next, the top anchored in an operator-configured trust anchor, all valid when the
// signature was made, and the leaf carrying the very key that verified the signature.
import { X509Certificate } from "node:crypto";

import type { PublicKeyJwk } from "@/lib/credentials/did/convert-multikey-to-jwk";
import type { VerificationCheck } from "@/lib/credentials/types";

export interface VerifyCertificateChainOptions {
  /** Leaf first. */
  certificates: X509Certificate[];
  /** PEM certificates the operator trusts as roots. */
  trustAnchors: readonly string[];
  /** When the signature was made: validity is judged as of this date. */
  at: Date;
  /** Today: an expiry since the signing date is reported as a warning. */
  now: Date;
  /** The public key that verified the signature; must be the leaf's key. */
  publicKeyJwk?: PublicKeyJwk;
  path?: string;
}

const commonName = (name: string) =>
  name
    .split("\n")
    .find((part) => part.startsWith("CN="))
    ?.trim() ?? name.replace(/\n/g, ", ");
const day = (date: Date) => date.toISOString().slice(0, 10);
const validity = (certificate: X509Certificate) => ({ from: new Date(certificate.validFrom), to: new Date(certificate.validTo) });

function signs(issuer: X509Certificate, subject: X509Certificate): boolean {
  return subject.checkIssued(issuer) && subject.verify(issuer.publicKey);
}

function sameKey(certificate: X509Certificate, jwk: PublicKeyJwk): boolean {
  const leaf = certificate.publicKey.export({ format: "jwk" }) as Record<string, unknown>;
  const members = (["kty", "crv", "x", "y", "n", "e"] as const).filter((name) => leaf[name] !== undefined || jwk[name] !== undefined);
  return members.every((name) => leaf[name] === jwk[name]);
}

function parseAnchors(pems: readonly string[]): X509Certificate[] {
  return pems.flatMap((pem) => {
    try {
      return [new X509Certificate(pem)];
    } catch {
      return []; // a broken anchor in configuration anchors nothing; it must not throw at verification time
    }
  });
}

/** Checks "x509.chain", "x509.trust", "x509.validity", "x509.key" and the warning "x509.expired". */
export function verifyCertificateChain(options: VerifyCertificateChainOptions): VerificationCheck[] {
  const { certificates, at, now, path } = options;
  const checks: VerificationCheck[] = [];
  const [leaf] = certificates;
  if (!leaf) return [{ id: "x509.chain", passed: false, message: "The certificate chain is empty", path }];

  const brokenLink = certificates.findIndex((certificate, index) => {
    const next = certificates[index + 1];
    return next !== undefined && (!signs(next, certificate) || !next.ca);
  });
  const names = certificates.map((certificate) => commonName(certificate.subject));
  checks.push(
    brokenLink >= 0
      ? {
          id: "x509.chain",
          passed: false,
          message: `${names[brokenLink]} is not certified by the next certificate in the chain, ${names[brokenLink + 1]}`,
          path,
        }
      : { id: "x509.chain", passed: true, message: `Key certified as ${names.join(", certified by ")}`, path },
  );

  const anchors = parseAnchors(options.trustAnchors);
  const top = certificates[certificates.length - 1] as X509Certificate;
  const anchor =
    anchors.find((candidate) => candidate.fingerprint256 === top.fingerprint256) ?? anchors.find((candidate) => candidate.ca && signs(candidate, top));
  checks.push(
    anchor
      ? {
          id: "x509.trust",
          passed: true,
          message:
            `Signed by ${names[0]}${names.length > 1 ? `, certified by ${names.slice(1).join(", certified by ")}` : ""}` +
            ` up to trust anchor ${commonName(anchor.subject)}, valid until ${day(validity(leaf).to)}`,
          path,
        }
      : { id: "x509.trust", passed: false, message: `${commonName(top.subject)} (issued by ${commonName(top.issuer)}) is not a configured trust anchor`, path },
  );

  const chainWithAnchor = anchor && anchor.fingerprint256 !== top.fingerprint256 ? [...certificates, anchor] : certificates;
  const invalidAtSigning = chainWithAnchor.find((certificate) => {
    const { from, to } = validity(certificate);
    return at < from || at > to;
  });
  const leafValidity = validity(leaf);
  if (invalidAtSigning) {
    const { from, to } = validity(invalidAtSigning);
    checks.push({
      id: "x509.validity",
      passed: false,
      message: `${commonName(invalidAtSigning.subject)} was not valid on ${day(at)} (valid ${day(from)} to ${day(to)})`,
      path,
    });
  } else {
    checks.push({
      id: "x509.validity",
      passed: true,
      message: `Every certificate was valid on ${day(at)}; ${names[0]} valid until ${day(leafValidity.to)}`,
      path,
    });
  }
  const expired = chainWithAnchor.filter((certificate) => validity(certificate).to < now);
  if (expired.length) {
    checks.push({
      id: "x509.expired",
      passed: false,
      severity: "warning",
      message: `Expired since: ${expired.map((certificate) => `${commonName(certificate.subject)} on ${day(validity(certificate).to)}`).join(", ")}`,
      path,
    });
  }
  if (options.publicKeyJwk) {
    const matches = sameKey(leaf, options.publicKeyJwk);
    checks.push({
      id: "x509.key",
      passed: matches,
      message: matches ? `The signing key is the key of certificate ${names[0]}` : `The signing key is not the key of certificate ${names[0]}`,
      path,
    });
  }
  return checks;
}
