// The X.509 check of a DID key that carries x5u or x5c. The x5u chain comes from an operator-pinned
// copy when there is one, else through the guarded fetch; without either, it is reported unchecked.
import type { PublicKeyJwk } from "@/lib/credentials/did/convert-multikey-to-jwk";
import type { VerificationCheck } from "@/lib/credentials/types";
import { isAppError } from "@/lib/errors/app-error";
import type { GuardedFetch } from "@/lib/net/create-guarded-fetch";

import { parseCertificateChain } from "./parse-certificate-chain";
import { verifyCertificateChain } from "./verify-certificate-chain";

export interface KeyCertificateReferences {
  x5u: string | null;
  x5c: readonly string[] | null;
  publicKeyJwk: PublicKeyJwk | null;
}

export type PinnedChains = (x5u: string) => Promise<string | null>;

export interface CheckKeyCertificatesOptions {
  key: KeyCertificateReferences;
  trustAnchors: readonly string[];
  signedAt: Date;
  now: Date;
  /** Operator-pinned PEM chains by x5u URL. */
  pinnedChains?: PinnedChains;
  /** Guarded fetch for x5u; without it an unpinned x5u cannot be checked. */
  fetch?: GuardedFetch;
  /** Fail when the key carries no certificate chain at all (otherwise nothing is reported). */
  required?: boolean;
  path?: string;
}

async function loadPem(options: CheckKeyCertificatesOptions, x5u: string): Promise<string> {
  const pinned = await options.pinnedChains?.(x5u);
  if (pinned) return pinned;
  if (!options.fetch) throw new Error(`the chain at ${x5u} is not pinned and fetching is not enabled`);
  return (await options.fetch(x5u, { accept: "application/pem-certificate-chain, application/x-pem-file, text/plain" })).text();
}

/** Checks the key's X.509 chain (see verifyCertificateChain); [] when the key has none and it is not required. */
export async function checkKeyCertificates(options: CheckKeyCertificatesOptions): Promise<VerificationCheck[]> {
  const { key, path } = options;
  const fail = (message: string): VerificationCheck[] => [{ id: "x509.chain", passed: false, message, path }];
  if (!key.x5c && !key.x5u) return options.required ? fail("The key carries no X.509 certificate chain (x5u or x5c)") : [];
  let certificates: ReturnType<typeof parseCertificateChain>;
  try {
    certificates = key.x5c ? parseCertificateChain({ x5c: key.x5c }) : parseCertificateChain({ pem: await loadPem(options, key.x5u as string) });
  } catch (error) {
    const reason = isAppError(error) || error instanceof Error ? error.message : "unknown error";
    return fail(`The certificate chain cannot be read: ${reason}`);
  }
  return verifyCertificateChain({
    certificates,
    trustAnchors: options.trustAnchors,
    at: options.signedAt,
    now: options.now,
    publicKeyJwk: key.publicKeyJwk ?? undefined,
    path,
  });
}
