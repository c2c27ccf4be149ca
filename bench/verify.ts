// Credentials verified per second, per suite, for the portal pipeline and for a naive one
// (contexts re-read and re-parsed on every load, jsonld defaults, no DID memo). Run: npx tsx bench/verify.ts
import { readFileSync } from "node:fs";
import path from "node:path";

import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { Ed25519Signature2020 } from "@digitalbazaar/ed25519-signature-2020";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as vc from "@digitalbazaar/vc";
import { flattenedVerify, importJWK } from "jose";
import jsonld from "jsonld";

import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { createStaticDidResolver } from "@/lib/credentials/ld-proofs/create-static-did-resolver";
import { signDataIntegrity } from "@/lib/credentials/ld-proofs/sign-data-integrity";
import { signJws2020 } from "@/lib/credentials/ld-proofs/sign-jws-2020";
import { createTestIssuer, credentialV1, healthCredentialV2 } from "@/lib/credentials/ld-proofs/test-support";
import type { DocumentLoader, JsonObject } from "@/lib/credentials/types";
import { verifyCredential } from "@/lib/credentials/verify-credential";

const SECONDS_PER_CASE = 1.5;
const didResolver = createStaticDidResolver();
const documentLoader = createDocumentLoader();

// Naive loader: reads and parses the file on every call, as a first implementation would.
const manifestPath = path.join(process.cwd(), "standards/contexts/manifest.json");
const naiveLoader: DocumentLoader = async (url) => {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { contexts: Record<string, { file: string }> };
  const entry = manifest.contexts[url];
  if (!entry) throw new Error(`unknown context ${url}`);
  const document = JSON.parse(readFileSync(path.join(path.dirname(manifestPath), entry.file), "utf8")) as unknown;
  return { contextUrl: null, documentUrl: url, document };
};
const naiveSuiteLoader: DocumentLoader = async (url) => {
  if (!url.startsWith("did:")) return naiveLoader(url);
  const { document } = await didResolver.resolve(url.split("#")[0] ?? url);
  if (!url.includes("#")) return { contextUrl: null, documentUrl: url, document };
  const method = (document.verificationMethod as JsonObject[]).find((candidate) => candidate.id === url || `${document.id}${String(candidate.id)}` === url);
  return { contextUrl: null, documentUrl: url, document: { "@context": document["@context"], ...method } };
};

async function naiveVerify(document: JsonObject): Promise<boolean> {
  const proof = document.proof as JsonObject;
  if (proof.type === "JsonWebSignature2020") {
    const { proof: _proof, ...unsigned } = document;
    const { jws: _jws, ...options } = proof;
    const hash = async (input: unknown) =>
      new Uint8Array(
        await crypto.subtle.digest(
          "SHA-256",
          new TextEncoder().encode(await jsonld.canonize(input, { algorithm: "URDNA2015", format: "application/n-quads", documentLoader: naiveLoader })),
        ),
      );
    const payload = new Uint8Array([...(await hash({ "@context": document["@context"], ...options })), ...(await hash(unsigned))]);
    const { document: didDocument } = await didResolver.resolve(String(proof.verificationMethod).split("#")[0] ?? "");
    const jwk = ((didDocument.verificationMethod as JsonObject[])[0] as JsonObject).publicKeyJwk as Parameters<typeof importJWK>[0];
    const [protectedHeader, , signature] = String(proof.jws).split(".");
    await flattenedVerify({ protected: protectedHeader ?? "", payload, signature: signature ?? "" }, await importJWK(jwk, "ES256"));
    return true;
  }
  // Fresh suite objects and vc's own checks every time, as in the library README.
  const suite = [new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }), new Ed25519Signature2020()];
  const result = await vc.verifyCredential({ credential: document, suite, documentLoader: naiveSuiteLoader });
  if (result.verified !== true) console.error(JSON.stringify(result.error ?? result).slice(0, 400));
  return result.verified === true;
}

async function rate(verify: () => Promise<boolean>): Promise<number> {
  if (!(await verify())) throw new Error("bench fixture does not verify");
  const started = performance.now();
  let count = 0;
  while (performance.now() - started < SECONDS_PER_CASE * 1000) {
    await verify();
    count += 1;
  }
  return count / ((performance.now() - started) / 1000);
}

const ed25519 = await createTestIssuer({ algorithm: "Ed25519", method: "key" });
const p256 = await createTestIssuer({ algorithm: "P-256" });
// Signed with the naive loader (no "static" tag) so jsonld's process-wide cache stays cold until the
// portal runs: all naive measurements go first.
const cases: Array<[string, JsonObject]> = [
  [
    "eddsa-rdfc-2022 (VC 2.0)",
    await signDataIntegrity({
      document: healthCredentialV2({ issuer: ed25519.did }),
      suite: "eddsa-rdfc-2022",
      privateKeyJwk: ed25519.privateKeyJwk,
      verificationMethodId: ed25519.verificationMethodId,
      documentLoader: naiveLoader,
    }),
  ],
  [
    "Ed25519Signature2020 (VC 1.1)",
    await signDataIntegrity({
      document: credentialV1({ issuer: ed25519.did }),
      suite: "Ed25519Signature2020",
      privateKeyJwk: ed25519.privateKeyJwk,
      verificationMethodId: ed25519.verificationMethodId,
      documentLoader: naiveLoader,
    }),
  ],
  [
    "JsonWebSignature2020 ES256",
    await signJws2020({
      document: credentialV1({ issuer: p256.did }),
      privateKeyJwk: p256.privateKeyJwk,
      verificationMethodId: p256.verificationMethodId,
      documentLoader: naiveLoader,
    }),
  ],
];

const naiveRates = new Map<string, number>();
for (const [name, document] of cases) naiveRates.set(name, await rate(() => naiveVerify(document)));
console.log(`suite                              portal/s    naive/s   (${SECONDS_PER_CASE}s each)`);
for (const [name, document] of cases) {
  const first = await verifyCredential({ document, didResolver, documentLoader });
  if (!first.verified) throw new Error(`${name}: ${first.errors.join("; ")}`);
  const portal = await rate(async () => (await verifyCredential({ document, didResolver, documentLoader })).verified);
  console.log(`${name.padEnd(34)} ${portal.toFixed(0).padStart(8)} ${(naiveRates.get(name) ?? 0).toFixed(0).padStart(10)}`);
}
