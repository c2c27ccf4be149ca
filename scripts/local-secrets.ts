import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// For a zero-configuration start, secrets the operator did not set are generated once and kept in the
// data folder (mode 0600), so sessions and encrypted keys survive restarts.

export function ensureLocalSecrets(dataDir: string, env: NodeJS.ProcessEnv): { AUTH_SECRET: string; DATALOFT_KEY_ENCRYPTION_KEY: string; generated: boolean } {
  const file = path.resolve(dataDir, "secrets.json");
  let stored: Record<string, string> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  const values = {
    AUTH_SECRET: env.AUTH_SECRET || stored.AUTH_SECRET || randomBytes(32).toString("base64url"),
    DATALOFT_KEY_ENCRYPTION_KEY: env.DATALOFT_KEY_ENCRYPTION_KEY || stored.DATALOFT_KEY_ENCRYPTION_KEY || randomBytes(32).toString("base64url"),
  };
  const generated = values.AUTH_SECRET !== stored.AUTH_SECRET || values.DATALOFT_KEY_ENCRYPTION_KEY !== stored.DATALOFT_KEY_ENCRYPTION_KEY;
  if (generated && (!env.AUTH_SECRET || !env.DATALOFT_KEY_ENCRYPTION_KEY)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ ...stored, ...values }, null, 2), { mode: 0o600 });
  }
  return { ...values, generated };
}
