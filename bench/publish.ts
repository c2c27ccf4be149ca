// Publish throughput: the portal pipeline (lib/catalogue/publish-self-description.ts) versus the naive
// baseline (bench/support/naive-publish.ts), on the embedded database and, when DATABASE_URL names a
// local PostgreSQL, on PostgreSQL (a fresh database of its own, dropped afterwards).
// Run: node --conditions=react-server --import tsx bench/publish.ts [--count=200] [--rounds=4]
import os from "node:os";
import { rmSync } from "node:fs";
import { setProcessDatabase } from "@/lib/db";
import { openDatabase } from "@/lib/db/open-database";
import { openMigrated, testDatabaseTargets } from "@/test/support/test-databases";
import { measurePublishing } from "./support/measure-publishing";

const argument = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1] ?? fallback);
const count = argument("count", 200);
const rounds = argument("rounds", 4);

async function main() {
  console.log(
    `machine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, ${new Date().toISOString()}`,
  );
  const dataDir = `/tmp/dataloft-bench-publish-${process.pid}`;
  const embedded = {
    name: "embedded",
    open: async () => Object.assign(await openMigrated(openDatabase({ dataDir })), { drop: async () => rmSync(dataDir, { recursive: true, force: true }) }),
  };
  const targets = [embedded, ...testDatabaseTargets().filter((target) => target.name === "postgresql")];
  for (const target of targets) {
    const database = await target.open();
    setProcessDatabase(database);
    try {
      const figures = await measurePublishing({ database, count, rounds });
      console.log(
        `publish ${target.name}: pipeline ${figures.pipeline.toFixed(1)}/s (${(1000 / figures.pipeline).toFixed(1)} ms each), ` +
          `naive ${figures.naive.toFixed(1)}/s (${(1000 / figures.naive).toFixed(1)} ms each), ×${(figures.pipeline / figures.naive).toFixed(2)}; ` +
          `${count} signed health datasets each, both stored every row`,
      );
    } finally {
      await database.close().catch(() => undefined);
      await database.drop();
    }
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
