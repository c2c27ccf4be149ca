// Bulk import memory: `npm run import` streams its input and keeps only counters, so its memory should
// stay flat however many entries it sends. This imports N entries (default 100,000) from one JSONL file
// through the import's real reader and runner to a loopback stub of the publish endpoint (answering
// 201 at once, so the figure is the importer's own footprint, not the portal's), sampling memory.
// Run: node --import tsx bench/import-memory.ts [--entries=100000]
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import os from "node:os";
import path from "node:path";
import { once } from "node:events";
import { readImportItems } from "@/lib/import/read-import-items";
import { runImport, type PostResult } from "@/lib/import/run-import";

const entries = Number(process.argv.find((a) => a.startsWith("--entries="))?.split("=")[1] ?? 100_000);
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

async function writeInput(file: string) {
  const out = createWriteStream(file);
  for (let index = 0; index < entries; index += 1) {
    const line = JSON.stringify({
      "@context": ["https://www.w3.org/ns/credentials/v2", "https://w3id.org/dataloft/health/v1"],
      type: ["VerifiableCredential"],
      issuer: "did:web:bench.example",
      validFrom: "2026-01-01T00:00:00Z",
      credentialSubject: { id: `urn:uuid:bench-${index}`, "dct:title": `Bench dataset ${index}`, "dct:description": "Pseudonymised routine data. ".repeat(40) },
      proof: { type: "DataIntegrityProof", cryptosuite: "eddsa-rdfc-2022", proofValue: `z${"x".repeat(86)}` },
    });
    if (!out.write(`${line}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

async function main() {
  console.log(`machine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, node ${process.version}, ${new Date().toISOString()}`);
  const dir = mkdtempSync(path.join(tmpdir(), "dataloft-import-bench-"));
  const input = path.join(dir, "entries.jsonl");
  await writeInput(input);
  const server = createServer((request, response) => {
    const hash = createHash("sha256");
    request.on("data", (chunk: Buffer) => hash.update(chunk));
    request.on("end", () => {
      response.writeHead(201, { "content-type": "application/json" });
      response.end(JSON.stringify({ hash: hash.digest("hex") }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/v1/self-descriptions`;
  const post = async (item: { text: string; contentType: string }): Promise<PostResult> => {
    const response = await fetch(url, { method: "POST", headers: { "content-type": item.contentType }, body: item.text });
    return { status: response.status, body: (await response.json()) as PostResult["body"] };
  };

  const samples: { done: number; rss: number; heap: number }[] = [];
  let nextSample = 0;
  const started = Date.now();
  const report = await runImport({
    items: readImportItems(input),
    post,
    stateFile: path.join(dir, "state.jsonl"),
    onProgress: (progress) => {
      const done = progress.accepted + progress.alreadyPresent + progress.rejected;
      if (done < nextSample) return;
      nextSample += Math.max(1, Math.floor(entries / 10));
      const memory = process.memoryUsage();
      samples.push({ done, rss: memory.rss, heap: memory.heapUsed });
    },
  });
  const seconds = (Date.now() - started) / 1000;
  console.log(`imported ${report.accepted} of ${entries} in ${seconds.toFixed(1)} s (${(entries / seconds).toFixed(0)}/s), ${report.rejected} rejected`);
  console.log("| entries done | RSS MiB | heap used MiB |\n|---|---|---|");
  for (const sample of samples) console.log(`| ${sample.done} | ${mib(sample.rss)} | ${mib(sample.heap)} |`);
  server.close();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
