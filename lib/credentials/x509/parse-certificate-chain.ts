// Reads an X.509 chain (leaf first) from a PEM bundle (x5u target) or a JWK x5c array (base64 DER).
import { X509Certificate } from "node:crypto";

import { AppError } from "@/lib/errors/app-error";

export interface ParseCertificateChainOptions {
  pem?: string;
  x5c?: readonly string[];
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** The certificates of the chain in the order given; throws INVALID_INPUT when one cannot be parsed. */
export function parseCertificateChain(options: ParseCertificateChainOptions): X509Certificate[] {
  const encoded: Array<string | Buffer> = options.pem
    ? (options.pem.match(PEM_BLOCK) ?? [])
    : (options.x5c ?? []).map((entry) => {
        // x5c is standard base64 (RFC 7517 §4.7), not base64url.
        if (!/^[A-Za-z0-9+/]+={0,2}$/.test(entry)) throw new AppError("INVALID_INPUT", { message: "x5c entry is not base64 DER" });
        return Buffer.from(entry, "base64");
      });
  if (encoded.length === 0) throw new AppError("INVALID_INPUT", { message: "The certificate chain is empty" });
  return encoded.map((certificate, index) => {
    try {
      return new X509Certificate(certificate);
    } catch (cause) {
      throw new AppError("INVALID_INPUT", { message: `Certificate ${index + 1} of the chain cannot be parsed`, cause });
    }
  });
}
