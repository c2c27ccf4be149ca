// The words for a key that the issuer (or holder) does not control. Whether the signature itself is
// valid is a separate fact, and both are said: "a valid key of X, which is not a key of the issuer Y"
// tells the reader the document is intact but signed by the wrong party.
export interface DescribeIssuerBindingOptions {
  /** The DID whose key signed (the DID part of the verification method / kid). */
  signer: string;
  /** The issuer of a credential or the holder of a presentation; null when the document names none. */
  expected: string | null;
  role: "credential" | "presentation";
  /** true: the signature verified; false: it did not; null: it was not checked. */
  signatureValid: boolean | null;
}

/** One sentence for a failed "key.controller" check. */
export function describeIssuerBinding(options: DescribeIssuerBindingOptions): string {
  const { signer, expected, signatureValid } = options;
  const party = options.role === "credential" ? "issuer" : "holder";
  const whose = expected === null ? `, and the ${options.role} names no ${party}` : `, which is not a key of the ${party} ${expected}`;
  if (signatureValid === true) return `Signed with a valid key of ${signer}${whose}`;
  if (signatureValid === false) return `Signed with a key of ${signer}${whose}; the signature does not verify either`;
  return `The signing key belongs to ${signer}${whose}; the signature was not checked`;
}
