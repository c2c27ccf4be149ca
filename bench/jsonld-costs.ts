// What single JSON-LD steps cost on a wizard-made signed health dataset (median ms per document over
// 5 passes of 200 documents), to size the optimisations docs/BENCHMARKS.md names: the proof in the
// SHACL data graph, the proof-options canonicalisation, a shared toRDF, and Ed25519 key import.
// Run: node --conditions=react-server --import tsx bench/jsonld-costs.ts
import { createPublicKey, generateKeyPairSync } from "node:crypto";
import jsonld from "jsonld";
import { getContextLoader } from "@/lib/wiring/services";
import { createSignedHealthDatasets } from "./support/signed-health-datasets";

type Credential = Record<string, unknown>;
const made = await createSignedHealthDatasets({ count: 200 });
const documentLoader = await getContextLoader();
const credentials = made.texts.map((text) => JSON.parse(text) as Credential);
const options = { format: "application/n-quads", documentLoader, safe: true };
const rdfc = { ...options, algorithm: "RDFC-1.0" };
const unsecured = ({ proof: _proof, ...rest }: Credential) => rest;
const proofOptions = (credential: Credential) => {
  const { proofValue: _value, ...proof } = credential.proof as Credential;
  return { "@context": credential["@context"], ...proof };
};
const spki = generateKeyPairSync("ed25519").publicKey.export({ format: "der", type: "spki" });

async function time(name: string, step: (credential: Credential) => unknown) {
  for (const credential of credentials.slice(0, 50)) await step(credential);
  const passes: number[] = [];
  for (let pass = 0; pass < 5; pass += 1) {
    const started = performance.now();
    for (const credential of credentials) await step(credential);
    passes.push((performance.now() - started) / credentials.length);
  }
  passes.sort((a, b) => a - b);
  console.log(`${name.padEnd(56)} ${(passes[2] ?? NaN).toFixed(3)} ms`);
}

await time("toRDF(credential with proof) — the SHACL data graph now", (c) => jsonld.toRDF(c, options));
await time("toRDF(credential without proof)", (c) => jsonld.toRDF(unsecured(c), options));
await time("canonize(credential without proof) — signature, document", (c) => jsonld.canonize(unsecured(c), rdfc));
await time("canonize(proof options, document's contexts) — signature", (c) => jsonld.canonize(proofOptions(c), rdfc));
await time("expand({ type: DataIntegrityProof }, document's contexts)", (c) =>
  jsonld.expand({ "@context": c["@context"], type: "DataIntegrityProof" }, { documentLoader, safe: true }),
);
await time("createPublicKey(Ed25519 SPKI DER) — per verify today", () => createPublicKey({ key: spki, format: "der", type: "spki" }));
await made.database.close();
process.exit(0);
