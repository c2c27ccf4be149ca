import { decryptPrivateKey } from "@/lib/credentials/keys/decrypt-private-key";
import { encryptPrivateKey } from "@/lib/credentials/keys/encrypt-private-key";

// A peer's access token is stored sealed with the operator's key-encryption key (AES-256-GCM, bound
// to the peer's base URL), carried as a symmetric JWK so that the key sealing code is shared.

export function sealPeerToken(options: { token: string; baseUrl: string; secret: Uint8Array }): Promise<string> {
  return encryptPrivateKey({ privateKeyJwk: { kty: "oct", k: options.token }, secret: options.secret, associatedData: `peer:${options.baseUrl}` });
}

export async function openPeerToken(options: { sealed: string; baseUrl: string; secret: Uint8Array }): Promise<string> {
  const jwk = await decryptPrivateKey({ sealed: options.sealed, secret: options.secret, associatedData: `peer:${options.baseUrl}` });
  return String(jwk.k ?? "");
}
