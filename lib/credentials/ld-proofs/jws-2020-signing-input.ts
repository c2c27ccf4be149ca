import { canonizeWithIssues } from "@/lib/credentials/jsonld/canonize-with-issues";
import type { JsonLdIssue } from "@/lib/credentials/jsonld/jsonld-issues";
import { concatBytes, sha256 } from "@/lib/credentials/keys/encoding";
import type { DocumentLoader, JsonObject } from "@/lib/credentials/types";

/**
 * "w3c-ccg": sha256(c14n(proof options with the document's @context)) || sha256(c14n(document)),
 * as in the JWS 2020 CCG report and jsonld-signatures. "gaiax-22.10": the ASCII hex of
 * sha256(c14n(document)); the Gaia-X 22.10 compliance service signs that string and nothing of the proof.
 * "gaiax-22.06": the 22.06 compliance service signed only the ASCII `credentialSubject.hash`.
 */
export type Jws2020Hashing = "w3c-ccg" | "gaiax-22.10" | "gaiax-22.06";

export interface CreateJws2020SigningInputOptions {
  document: JsonObject;
  /** The proof being verified or created; `jws` (if present) is ignored. */
  proof: JsonObject;
  hashing: Jws2020Hashing;
  documentLoader: DocumentLoader;
  /** Canonical form of the document without proof, when the caller already has it (both hashings share it). */
  canonicalDocument?: { canonical: string; issues: JsonLdIssue[] };
}

/** The detached (b64:false) payload and every term the canonicalization dropped. */
export async function createJws2020SigningInput(options: CreateJws2020SigningInputOptions): Promise<{ payload: Uint8Array; issues: JsonLdIssue[] }> {
  if (options.hashing === "gaiax-22.06") {
    const subject = options.document.credentialSubject as { hash?: unknown } | undefined;
    if (typeof subject?.hash !== "string") throw new TypeError("gaiax-22.06 hashing needs credentialSubject.hash");
    return { payload: new TextEncoder().encode(subject.hash), issues: [] };
  }
  const { proof: _proof, ...unsigned } = options.document;
  const documentResult = options.canonicalDocument ?? (await canonizeWithIssues({ document: unsigned, documentLoader: options.documentLoader }));
  const documentHash = await sha256(new TextEncoder().encode(documentResult.canonical));
  if (options.hashing === "gaiax-22.10") {
    const hex = Array.from(documentHash, (byte) => byte.toString(16).padStart(2, "0")).join("");
    return { payload: new TextEncoder().encode(hex), issues: documentResult.issues };
  }
  const { jws: _jws, signatureValue: _signatureValue, proofValue: _proofValue, ...proofOptions } = options.proof;
  const optionsResult = await canonizeWithIssues({
    document: { "@context": options.document["@context"], ...proofOptions },
    documentLoader: options.documentLoader,
  });
  const optionsHash = await sha256(new TextEncoder().encode(optionsResult.canonical));
  const issues = [...documentResult.issues, ...optionsResult.issues.map((issue) => ({ ...issue, path: `proof.${issue.path ?? issue.subject}` }))];
  return { payload: concatBytes(optionsHash, documentHash), issues };
}
