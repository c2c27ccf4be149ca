// Catalogue benchmarks: search latency (p50/p95/p99) at 10,000 and 100,000 entries on the embedded
// database and, when DATABASE_URL names a local PostgreSQL, on PostgreSQL. Publish throughput has its
// own script: bench/publish.ts.
// Run: node --conditions=react-server --import tsx bench/catalogue.ts [--sizes 10000,100000]
import os from "node:os";
import { performance } from "node:perf_hooks";
import { db, setProcessDatabase } from "@/lib/db";
import { openDatabase } from "@/lib/db/open-database";
import { openMigrated, testDatabaseTargets } from "@/test/support/test-databases";
import { findSelfDescriptions, DEFAULT_SEARCH_TUNING } from "@/lib/catalogue/find-self-descriptions";
import { searchQuerySchema } from "@/lib/catalogue/search-query";
import { insertSyntheticEntries } from "./support/insert-synthetic-entries";

const sizes = (process.argv.find((a) => a.startsWith("--sizes="))?.split("=")[1] ?? "10000,100000").split(",").map(Number);

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

/** Each query's answered total against the exact count (the same search with no limit on exact counting). */
async function estimateErrors() {
  const lines: string[] = [];
  for (const query of QUERIES) {
    const answered = await findSelfDescriptions(searchQuerySchema.parse(query));
    const exact = await findSelfDescriptions(searchQuerySchema.parse(query), { ...DEFAULT_SEARCH_TUNING, exactLimit: 1_000_000 });
    const error = ((answered.total - exact.total) / Math.max(1, exact.total)) * 100;
    lines.push(
      `  ${JSON.stringify(query)}: exact ${exact.total}, answered ${answered.total} (${answered.totalExact ? "exact" : `estimate, ${error >= 0 ? "+" : ""}${error.toFixed(1)} %`})`,
    );
  }
  return lines.join("\n");
}

async function main() {
  console.log(
    `machine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, ${new Date().toISOString()}`,
  );
  const targets = [
    {
      name: "embedded",
      open: async () => Object.assign(await openMigrated(openDatabase({ dataDir: `/tmp/dataloft-bench-${process.pid}` })), { drop: async () => {} }),
    },
    ...testDatabaseTargets().filter((t) => t.name === "postgresql"),
  ];
  for (const target of targets) {
    const database = await target.open();
    setProcessDatabase(database);
    let inserted = 0;
    for (const size of sizes) {
      const started = performance.now();
      await insertSyntheticEntries({ database, count: size - inserted, offset: inserted });
      inserted = size;
      // Planner statistics as autovacuum would leave them (PGlite has no autovacuum; run it here).
      await database.sql.exec(`VACUUM ANALYZE "SelfDescription"`);
      await database.sql.exec(`VACUUM ANALYZE "SearchProjection"`);
      const loadSeconds = (performance.now() - started) / 1000;
      await searchLatency(2); // warm-up
      const latency = await searchLatency(10);
      console.log(
        `search ${target.name} ${size} entries (loaded in ${loadSeconds.toFixed(0)} s): p50 ${latency.p50.toFixed(1)} ms, p95 ${latency.p95.toFixed(1)} ms, p99 ${latency.p99.toFixed(1)} ms over ${latency.samples} queries`,
      );
      console.log(`totals at ${size} entries:\n${await estimateErrors()}`);
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
