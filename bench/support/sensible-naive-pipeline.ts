import { readFileSync } from "node:fs";
import path from "node:path";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { securityLoader } from "@digitalbazaar/security-document-loader";
import * as vc from "@digitalbazaar/vc";
import jsonld from "jsonld";
import { Parser, Store } from "n3";
import SHACLValidator from "rdf-validate-shacl";

// The baseline of bench/pipeline.ts: what a competent developer writes with the same libraries,
// following their READMEs. Everything that does not depend on the document is built ONCE: the
// document loader (Digital Bazaar's securityLoader with the portal's pinned contexts and the issuer's
// DID document added as static documents, so jsonld.js keeps their processed form; no network), the
// suite, and the SHACL validator with its shapes parsed once. Per document: JSON.parse,
// vc.verifyCredential (eddsa-rdfc-2022), jsonld.toRDF of the whole document into an n3 store, and
// rdf-validate-shacl over it. It reports a verdict only, not the portal's named checks.

export interface NaiveVerdict {
  verified: boolean;
  conforms: boolean;
}

export interface SensibleNaiveCheckOptions {
  /** DID documents the issuer publishes (the naive pipeline has no resolver; it knows its issuers). */
  didDocuments: Record<string, unknown>[];
  /** Shapes files under standards/shapes: the ones that apply to a health dataset. */
  shapesFiles: string[];
}

function pinnedContexts(): [string, unknown][] {
  const directory = path.join(process.cwd(), "standards", "contexts");
  const manifest = JSON.parse(readFileSync(path.join(directory, "manifest.json"), "utf8")) as {
    contexts: Record<string, { file: string; vocabCatchAll?: boolean }>;
  };
  return Object.entries(manifest.contexts)
    .filter(([, entry]) => !entry.vocabCatchAll)
    .map(([url, entry]) => [url, JSON.parse(readFileSync(path.join(directory, entry.file), "utf8")) as unknown]);
}

function verificationMethods(didDocument: Record<string, unknown>): [string, unknown][] {
  const methods = (didDocument.verificationMethod ?? []) as Record<string, unknown>[];
  return methods.map((method) => [String(method.id), { "@context": didDocument["@context"], ...method }]);
}

export interface SensibleNaivePipeline {
  verify(credential: Record<string, unknown>): Promise<boolean>;
  validate(credential: Record<string, unknown>): Promise<boolean>;
  /** JSON.parse, verify, validate. */
  check(text: string): Promise<NaiveVerdict>;
}

export function createSensibleNaivePipeline(options: SensibleNaiveCheckOptions): SensibleNaivePipeline {
  const loader = securityLoader();
  loader.addDocuments({ documents: pinnedContexts() });
  for (const didDocument of options.didDocuments) {
    loader.addStatic(String(didDocument.id), didDocument);
    loader.addDocuments({ documents: verificationMethods(didDocument) });
  }
  const documentLoader = loader.build();
  const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });

  const shapes = new Store();
  for (const file of options.shapesFiles) {
    shapes.addQuads(new Parser({ format: "Turtle" }).parse(readFileSync(path.join(process.cwd(), "standards", "shapes", file), "utf8")));
  }
  // owl:imports would otherwise be fetched: the imported shapes are among shapesFiles already.
  const validator = new SHACLValidator(shapes, { importGraph: () => new Store() });

  const verify = async (credential: Record<string, unknown>) => (await vc.verifyCredential({ credential, suite, documentLoader })).verified === true;
  const validate = async (credential: Record<string, unknown>) => {
    const nQuads = (await jsonld.toRDF(credential, { format: "application/n-quads", documentLoader })) as string;
    return (await validator.validate(new Store(new Parser({ format: "N-Quads" }).parse(nQuads)))).conforms;
  };
  return {
    verify,
    validate,
    async check(text) {
      const credential = JSON.parse(text) as Record<string, unknown>;
      return { verified: await verify(credential), conforms: await validate(credential) };
    },
  };
}
