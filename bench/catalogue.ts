// Catalogue benchmarks: search latency (p50/p95/p99) at 10,000 and 100,000 entries on the embedded
// database and, when DATABASE_URL names a local PostgreSQL, on PostgreSQL; publish throughput of the
// portal pipeline versus a naive one (contexts re-read and shapes re-parsed for every document).
// Run: node --conditions=react-server --import tsx bench/catalogue.ts [--sizes 10000,100000] [--publish 60]
import os from "node:os";
import { performance } from "node:perf_hooks";
import { db, setProcessDatabase } from "@/lib/db";
import { openDatabase } from "@/lib/db/open-database";
import { openMigrated, testDatabaseTargets } from "@/test/support/test-databases";
import { findSelfDescriptions } from "@/lib/catalogue/find-self-descriptions";
import { searchQuerySchema } from "@/lib/catalogue/search-query";
import { insertSyntheticEntries } from "./support/insert-synthetic-entries";
import { measurePublishing } from "./support/measure-publishing";

const sizes = (process.argv.find((a) => a.startsWith("--sizes="))?.split("=")[1] ?? "10000,100000").split(",").map(Number);
const publishCount = Number(process.argv.find((a) => a.startsWith("--publish="))?.split("=")[1] ?? 60);

const QUERIES = [
  { q: "blood pressure" },
  { q: "Blutdruck" },
  { q: "diabetes cohort", purpose: "ScientificResearch" },
  { purpose: "PublicHealthInterest", theme: "HEAL" },
  { type: "ServiceOffering" },
  { q: "activity", pseudonymisation: "Anonymised", sort: "newest" },
  { status: "all", sort: "title" },
  { q: "registry", limit: "50" },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function searchLatency(rounds: number) {
  const timings: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const query of QUERIES) {
      const started = performance.now();
      await findSelfDescriptions(searchQuerySchema.parse(query));
      timings.push(performance.now() - started);
    }
  }
  timings.sort((a, b) => a - b);
  return { p50: percentile(timings, 50), p95: percentile(timings, 95), p99: percentile(timings, 99), samples: timings.length };
}

async function main() {
  console.log(`machine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, ${new Date().toISOString()}`);
  const targets = [{ name: "embedded", open: async () => Object.assign(await openMigrated(openDatabase({ dataDir: `/tmp/dataloft-bench-${process.pid}` })), { drop: async () => {} }) }, ...testDatabaseTargets().filter((t) => t.name === "postgresql")];
  for (const target of targets) {
    const database = await target.open();
    setProcessDatabase(database);
    let inserted = 0;
    for (const size of sizes) {
      const started = performance.now();
      await insertSyntheticEntries({ database, count: size - inserted, offset: inserted });
      inserted = size;
      if (database.kind === "postgresql") await database.sql.exec(`ANALYZE "SelfDescription"; ANALYZE "SearchProjection";`);
      const loadSeconds = (performance.now() - started) / 1000;
      await searchLatency(2); // warm-up
      const latency = await searchLatency(10);
      console.log(`search ${target.name} ${size} entries (loaded in ${loadSeconds.toFixed(0)} s): p50 ${latency.p50.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms, p99 ${latency.p99.toFixed(1)} ms over ${latency.samples} queries`);
    }
    if (target.name === "embedded") {
      const publishing = await measurePublishing({ count: publishCount });
      console.log(`publish embedded: pipeline ${publishing.pipeline.toFixed(1)}/s, naive ${publishing.naive.toFixed(1)}/s (×${(publishing.pipeline / publishing.naive).toFixed(1)}), ${publishCount} signed health datasets each`);
    }
    void db;
    await database.drop();
    await database.close().catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
