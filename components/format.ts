/** A DID shortened for display: did:web:host:…:last-part. */
export function shortDid(did: string): string {
  if (did.length <= 48) return did;
  const parts = did.split(":");
  return parts.length > 4 ? `${parts.slice(0, 3).join(":")}:…:${parts[parts.length - 1]}` : `${did.slice(0, 44)}…`;
}
