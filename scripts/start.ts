// `npm start` (after `next build`): migrate, seed the demo data space when the embedded database is
// empty, print the demo sign-ins, then serve the built portal. Stops the server cleanly on SIGINT/SIGTERM.
import { spawn, type ChildProcess } from "node:child_process";
import { parseEnv } from "@/lib/env";
import { ensureLocalSecrets } from "./local-secrets";
import { prepareDatabase } from "./prepare-database";

async function main() {
  const initial = parseEnv(process.env);
  const { AUTH_SECRET, DATALOFT_KEY_ENCRYPTION_KEY } = ensureLocalSecrets(initial.DATALOFT_DATA_DIR, process.env);
  const childEnv: NodeJS.ProcessEnv = { ...process.env, AUTH_SECRET, DATALOFT_KEY_ENCRYPTION_KEY, AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" };
  const env = parseEnv(childEnv);

  const { applied, seed } = await prepareDatabase(env);
  const where = env.databaseKind === "embedded" ? `embedded database in ${env.DATALOFT_DATA_DIR}/` : "PostgreSQL";
  console.log(`dataLOFT Catalogue: ${where}; ${applied.length ? `applied migrations ${applied.join(", ")}` : "schema up to date"}.`);
  if (seed?.seeded) console.log(`Seeded the demo health data space (${seed.datasets ?? 0} signed datasets).`);
  if (seed) {
    console.log("Demo sign-ins (password for all: " + (seed.logins[0]?.password ?? "") + "):");
    for (const login of seed.logins) console.log(`  ${login.email.padEnd(46)} ${login.role.padEnd(19)} ${login.participant}`);
  }
  console.log(`Serving on ${env.publicUrl}`);

  const server: ChildProcess = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(env.PORT)], {
    stdio: "inherit",
    env: childEnv,
  });
  const stop = (signal: NodeJS.Signals) => {
    if (!server.killed) server.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
