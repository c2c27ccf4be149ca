import { flattenedVerify, importJWK } from "jose";

import { canonizeWithIssues } from "@/lib/credentials/jsonld/canonize-with-issues";
import type { JsonLdIssue } from "@/lib/credentials/jsonld/jsonld-issues";
import { getVerificationMethodJwk } from "@/lib/credentials/keys/get-verification-method-jwk";
import type { DocumentLoader, JsonObject } from "@/lib/credentials/types";

import { describeKeyMismatch } from "./jws-algorithms";
import { createJws2020SigningInput, type Jws2020Hashing } from "./jws-2020-signing-input";
import { parseDetachedJws } from "./parse-detached-jws";

export interface VerifyJws2020ProofOptions {
  /** The secured document, proof included. */
  document: JsonObject;
  proof: JsonObject;
  verificationMethod: JsonObject;
  documentLoader: DocumentLoader;
  /** The document without proof, already expanded by the caller (saves one expansion). */
  expandedDocument?: unknown[];
}

export interface Jws2020ProofResult {
  verified: boolean;
  /** Which of the two hashings in the wild matched; null when none did. */
  hashing: Jws2020Hashing | null;
  message: string;
  /** Terms dropped by canonicalization of the hashing that verified (or of the document, if none did). */
  issues: JsonLdIssue[];
}

function applicableHashings(document: JsonObject): Jws2020Hashing[] {
  const subject = document.credentialSubject as { hash?: unknown } | undefined;
  return typeof subject?.hash === "string" ? ["w3c-ccg", "gaiax-22.10", "gaiax-22.06"] : ["w3c-ccg", "gaiax-22.10"];
}

/** Checks a JsonWebSignature2020 detached JWS under each hashing seen in the wild and says which one verified. */
export async function verifyJws2020Proof(options: VerifyJws2020ProofOptions): Promise<Jws2020ProofResult> {
  const fail = (message: string, issues: JsonLdIssue[] = []): Jws2020ProofResult => ({
    verified: false,
    hashing: null,
    message,
    issues,
  });
  const parsed = parseDetachedJws(options.proof.jws);
  if (!parsed.ok) return fail(parsed.message);
  const { protectedHeader, signature, alg } = parsed;
  let jwk: JsonObject;
  try {
    jwk = getVerificationMethodJwk({ verificationMethod: options.verificationMethod });
  } catch (error) {
    return fail(`verification method has no usable public key: ${(error as Error).message}`);
  }
  const mismatch = describeKeyMismatch(alg, jwk);
  if (mismatch) return fail(mismatch);
  let key: Awaited<ReturnType<typeof importJWK>>;
  try {
    // `alg` in the stored JWK (e.g. "PS256" on an RSA key) must not override the header; drop it.
    const { alg: _jwkAlg, use: _use, key_ops: _keyOps, ...publicJwk } = jwk;
    key = await importJWK(publicJwk, alg);
  } catch (error) {
    return fail(`public key cannot be imported for ${alg}: ${(error as Error).message}`);
  }
  const { proof: _proof, ...unsigned } = options.document;
  const canonicalDocument = await canonizeWithIssues(
    options.expandedDocument
      ? { document: options.expandedDocument, expanded: true, documentLoader: options.documentLoader }
      : { document: unsigned, documentLoader: options.documentLoader },
  );
  for (const hashing of applicableHashings(options.document)) {
    const { payload, issues } = await createJws2020SigningInput({
      document: options.document,
      proof: options.proof,
      hashing,
      documentLoader: options.documentLoader,
      canonicalDocument,
    });
    try {
      await flattenedVerify({ protected: protectedHeader, payload, signature }, key, { algorithms: [alg] });
      return { verified: true, hashing, message: `JsonWebSignature2020 ${alg} verified (${hashing} hashing)`, issues };
    } catch {
      // try the other hashing
    }
  }
  return fail(`JsonWebSignature2020 ${alg} signature does not match the document under any known hashing`, canonicalDocument.issues);
}
