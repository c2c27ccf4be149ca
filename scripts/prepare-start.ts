// The preparation half of `npm start` (run by scripts/start.mjs in a process of its own, which then
// exits so that nothing of it stays resident): secrets for a zero-configuration start, migrations, the
// demo seed of an empty embedded database, the banner. The secrets the server needs go back to the
// launcher over its IPC channel.
import { parseEnv } from "@/lib/env";
import { ensureLocalSecrets } from "./local-secrets";
import { prepareDatabase } from "./prepare-database";

async function main() {
  const initial = parseEnv(process.env);
  const { AUTH_SECRET, DATALOFT_KEY_ENCRYPTION_KEY } = ensureLocalSecrets(initial.DATALOFT_DATA_DIR, process.env);
  const serverEnv = { AUTH_SECRET, DATALOFT_KEY_ENCRYPTION_KEY, AUTH_TRUST_HOST: "true", NEXT_TELEMETRY_DISABLED: "1" };
  const env = parseEnv({ ...process.env, ...serverEnv });

  const { applied, seed } = await prepareDatabase(env);
  const where = env.databaseKind === "embedded" ? `embedded database in ${env.DATALOFT_DATA_DIR}/` : "PostgreSQL";
  console.log(`dataLOFT Catalogue: ${where}; ${applied.length ? `applied migrations ${applied.join(", ")}` : "schema up to date"}.`);
  if (seed?.seeded) console.log(`Seeded the demo health data space (${seed.datasets ?? 0} signed datasets).`);
  if (seed) {
    console.log("Demo sign-ins (password for all: " + (seed.logins[0]?.password ?? "") + "):");
    for (const login of seed.logins) console.log(`  ${login.email.padEnd(46)} ${login.role.padEnd(19)} ${login.participant}`);
  }
  console.log(`Serving on ${env.publicUrl}`);
  if (!process.send) throw new Error("scripts/prepare-start.ts is run by scripts/start.mjs (npm start / npm run serve).");
  process.send({ serverEnv, port: env.PORT }, () => process.exit(0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
