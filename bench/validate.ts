// Validation throughput: `npx tsx bench/validate.ts` (about 30 s).
// Measures validateSelfDescription for a typical Gaia-X 22.10 ServiceOffering presentation and for a
// 50-credential presentation, with cached shapes (the portal's path) and with shapes parsed per call
// (what the registry avoids), and compares shacl-engine with rdf-validate-shacl on the same graphs.
import { readFileSync } from "node:fs";
import path from "node:path";

import { Parser, Store } from "n3";
import RdfValidateShacl from "rdf-validate-shacl";

import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { buildDataGraph } from "@/lib/validation/graph/build-data-graph";
import { collectCredentials } from "@/lib/validation/graph/collect-credentials";
import { createShapesRegistry, type ShapesRegistry } from "@/lib/validation/shapes/create-shapes-registry";
import { validateSelfDescription } from "@/lib/validation/validate-self-description";
import type { ShapeSetId } from "@/lib/validation/types";

const documentLoader = createDocumentLoader({ allowVocabCatchAll: true });
const fixtures = path.join(process.cwd(), "test", "fixtures", "gaiax", "examples");
const read = (file: string) => JSON.parse(readFileSync(path.join(fixtures, file), "utf8")) as Record<string, unknown>;

const serviceOffering = read("valid/22.10/ss.service-offering-and-resources-vp.signed.json");

// 50 credentials: the offering presentation's 4 credentials repeated with distinct ids, plus participants.
function fiftyCredentialPresentation(): Record<string, unknown> {
  const base = serviceOffering.verifiableCredential as Record<string, unknown>[];
  const credentials: Record<string, unknown>[] = [];
  for (let index = 0; credentials.length < 50; index += 1) {
    for (const credential of base) {
      if (credentials.length === 50) break;
      const copy = structuredClone(credential);
      const subject = copy.credentialSubject as Record<string, unknown>;
      if (typeof subject.id === "string" && subject.id !== "") subject.id = `${subject.id}-${index}`;
      credentials.push(copy);
    }
  }
  return { "@context": "https://www.w3.org/2018/credentials/v1", type: "VerifiablePresentation", verifiableCredential: credentials };
}

async function perSecond(label: string, budgetMs: number, run: () => Promise<unknown>): Promise<void> {
  await run();
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < budgetMs) {
    await run();
    count += 1;
  }
  const elapsed = performance.now() - started;
  console.log(`${label.padEnd(64)} ${((count * 1000) / elapsed).toFixed(1).padStart(8)} /s  (${(elapsed / count).toFixed(2)} ms each, n=${count})`);
}

async function compareEngines(label: string, shapes: ShapesRegistry, id: ShapeSetId, document: unknown): Promise<void> {
  const compiled = await shapes.get(id);
  const graph = await buildDataGraph({ ...collectCredentials({ document }), documentLoader });
  const started = performance.now();
  const zazuko = new RdfValidateShacl(compiled.shapes, { importGraph: () => new Store() });
  const construct = performance.now() - started;
  await perSecond(`${label}: shacl-engine (compiled once)`, 2000, () => compiled.validator.validate({ dataset: graph.store }));
  await perSecond(`${label}: rdf-validate-shacl (constructed once, ${construct.toFixed(0)} ms)`, 2000, () => zazuko.validate(graph.store));
}

async function main(): Promise<void> {
  const cached = createShapesRegistry();
  const fifty = fiftyCredentialPresentation();
  await cached.get("gaia-x-22.10");

  console.log("validateSelfDescription (JSON-LD -> RDF -> SHACL -> plain results)");
  await perSecond("22.10 ServiceOffering VP (4 credentials), cached shapes", 4000, () =>
    validateSelfDescription({ document: serviceOffering, documentLoader, shapes: cached }),
  );
  await perSecond("22.10 ServiceOffering VP, shapes parsed per call", 4000, () =>
    validateSelfDescription({ document: serviceOffering, documentLoader, shapes: createShapesRegistry() }),
  );
  await perSecond("50-credential presentation, cached shapes", 4000, () => validateSelfDescription({ document: fifty, documentLoader, shapes: cached }));
  await perSecond("50-credential presentation, shapes parsed per call", 4000, () =>
    validateSelfDescription({ document: fifty, documentLoader, shapes: createShapesRegistry() }),
  );

  console.log("\nLoire 25.11 (gx.shacl.ttl 2.3 MB + gx.owl.ttl class hierarchy)");
  let started = performance.now();
  await cached.get("gaia-x-25.11");
  console.log(`${"parse + index shapes once".padEnd(64)} ${(performance.now() - started).toFixed(0).padStart(8)} ms`);
  const loire = read("valid/loire/gxdch.participant-vp.2026.unsigned.json");
  await perSecond("Loire participant VP (3 credentials), cached shapes", 3000, () =>
    validateSelfDescription({ document: loire, documentLoader, shapes: cached }),
  );
  started = performance.now();
  const raw = new Store(new Parser().parse(readFileSync(path.join(process.cwd(), "standards/shapes/gaiax/25.11/gx.shacl.ttl"), "utf8")));
  console.log(`${"n3 parse of gx.shacl.ttl alone".padEnd(64)} ${(performance.now() - started).toFixed(0).padStart(8)} ms (${raw.size} quads)`);

  console.log("\nSHACL engines on the same data graph (validation only)");
  await compareEngines("22.10 ServiceOffering VP", cached, "gaia-x-22.10", serviceOffering);
  await compareEngines("50-credential presentation", cached, "gaia-x-22.10", fifty);
  await compareEngines("Loire participant VP", cached, "gaia-x-25.11", loire);
}

await main();
