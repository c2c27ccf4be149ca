import { FlattenedSign, importJWK } from "jose";

import { canonizeSafely } from "@/lib/credentials/jsonld/canonize-safely";
import { systemClock, type Clock, type DocumentLoader, type JsonObject } from "@/lib/credentials/types";
import { AppError } from "@/lib/errors/app-error";

import { createJws2020SigningInput, type Jws2020Hashing } from "./jws-2020-signing-input";

export interface SignJws2020Options {
  document: JsonObject;
  /** EC P-256 (ES256) or OKP Ed25519 (EdDSA) private JWK. */
  privateKeyJwk: JsonWebKey;
  verificationMethodId: string;
  documentLoader: DocumentLoader;
  clock?: Clock;
  proofPurpose?: string;
  /** "w3c-ccg" for everything we publish; "gaiax-22.10" only to interoperate with (or test) 22.10 verifiers. */
  hashing?: Exclude<Jws2020Hashing, "gaiax-22.06">;
}

const JWS_2020_CONTEXT = "https://w3id.org/security/suites/jws-2020/v1";

/**
 * Adds a JsonWebSignature2020 proof (detached JWS, b64:false). The document must pass safe mode:
 * we never sign terms that canonicalization would drop. Uses jose over WebCrypto only.
 */
export async function signJws2020(options: SignJws2020Options): Promise<JsonObject> {
  const { privateKeyJwk } = options;
  const alg =
    privateKeyJwk.kty === "EC" && privateKeyJwk.crv === "P-256" ? "ES256" : privateKeyJwk.kty === "OKP" && privateKeyJwk.crv === "Ed25519" ? "EdDSA" : null;
  if (!alg || !privateKeyJwk.d) {
    throw new AppError("BAD_REQUEST", { message: "JsonWebSignature2020 signing needs a P-256 or Ed25519 private JWK" });
  }
  const contexts = ([] as unknown[]).concat(options.document["@context"] ?? []);
  // Without the suite context the proof terms are dropped from the proof-options hash (legacy files show it).
  const document: JsonObject = contexts.includes(JWS_2020_CONTEXT)
    ? structuredClone(options.document)
    : { ...structuredClone(options.document), "@context": [...contexts, JWS_2020_CONTEXT] };
  delete document.proof;
  await canonizeSafely({ document, documentLoader: options.documentLoader });
  const clock = options.clock ?? systemClock;
  const proof: JsonObject = {
    type: "JsonWebSignature2020",
    created: clock
      .now()
      .toISOString()
      .replace(/\.\d{3}Z$/, "Z"),
    proofPurpose: options.proofPurpose ?? "assertionMethod",
    verificationMethod: options.verificationMethodId,
  };
  const { payload } = await createJws2020SigningInput({
    document,
    proof,
    hashing: options.hashing ?? "w3c-ccg",
    documentLoader: options.documentLoader,
  });
  const key = await importJWK(privateKeyJwk as Parameters<typeof importJWK>[0], alg);
  const signed = await new FlattenedSign(payload).setProtectedHeader({ alg, b64: false, crit: ["b64"] }).sign(key);
  return { ...document, proof: { ...proof, jws: `${signed.protected}..${signed.signature}` } };
}
