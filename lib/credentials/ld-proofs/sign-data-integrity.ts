import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { Ed25519Signature2020 } from "@digitalbazaar/ed25519-signature-2020";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as vc from "@digitalbazaar/vc";

import { createWebCryptoSigner } from "@/lib/credentials/keys/create-webcrypto-signer";
import { systemClock, type Clock, type DocumentLoader, type JsonObject } from "@/lib/credentials/types";
import { AppError } from "@/lib/errors/app-error";

import { createSigningPurpose } from "./proof-purposes";

export type DataIntegritySuiteName = "eddsa-rdfc-2022" | "Ed25519Signature2020";

export interface SignDataIntegrityOptions {
  /** Unsigned credential or presentation. */
  document: JsonObject;
  suite: DataIntegritySuiteName;
  /** Ed25519 private JWK (decrypted just before use). */
  privateKeyJwk: JsonWebKey;
  verificationMethodId: string;
  documentLoader: DocumentLoader;
  clock?: Clock;
  /** assertionMethod by default; the catalogue signs both credentials and presentations as assertions. */
  proofPurpose?: string;
}

/** Adds an eddsa-rdfc-2022 (VC 2.0) or Ed25519Signature2020 (VC 1.1) proof via @digitalbazaar/vc. */
export async function signDataIntegrity(options: SignDataIntegrityOptions): Promise<JsonObject> {
  const clock = options.clock ?? systemClock;
  const now = clock.now();
  const signer = await createWebCryptoSigner({
    privateKeyJwk: options.privateKeyJwk,
    verificationMethodId: options.verificationMethodId,
  });
  if (signer.algorithm !== "Ed25519") {
    throw new AppError("BAD_REQUEST", { message: `${options.suite} needs an Ed25519 key` });
  }
  const suite =
    options.suite === "eddsa-rdfc-2022"
      ? new DataIntegrityProof({ signer, cryptosuite: eddsaRdfc2022, date: now })
      : new Ed25519Signature2020({ signer, date: now });
  const purpose = createSigningPurpose(options.proofPurpose ?? "assertionMethod");
  const types = ([] as unknown[]).concat(options.document.type ?? []);
  // Copy: the libraries add the proof to the object they are given.
  const document = structuredClone(options.document);
  try {
    if (types.includes("VerifiablePresentation")) {
      return await vc.signPresentation({ presentation: document, suite, purpose, documentLoader: options.documentLoader });
    }
    return await vc.issue({ credential: document, suite, purpose, documentLoader: options.documentLoader, now });
  } catch (error) {
    throw new AppError("BAD_REQUEST", { message: `cannot sign: ${(error as Error).message}`, cause: error });
  }
}
