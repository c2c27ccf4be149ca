import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

// A whole portal process (`scripts/start.mjs`: migrate, optional demo seed, `next start`) on a loopback
// port with its own database, for tests that need several catalogue nodes. Needs `next build` first.

export interface Instance {
  baseUrl: string;
  port: number;
  databaseKind: "embedded" | "postgresql";
  output: () => string;
  /** Ends the process at once (SIGKILL): no shutdown, in-flight requests die with it. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export async function startInstance(options: {
  port: number;
  adminToken: string;
  seedDemo: boolean;
  /** A fresh database is created on this server for the instance (and dropped when it stops). */
  postgresServerUrl?: string;
  /** An existing database the instance shares with others (left in place when it stops). */
  sharedDatabaseUrl?: string;
  env?: Record<string, string>;
}): Promise<Instance> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "dataloft-node-"));
  let databaseUrl = options.sharedDatabaseUrl ?? "";
  let dropDatabase: (() => Promise<void>) | null = null;
  if (options.postgresServerUrl && !options.sharedDatabaseUrl) {
    const name = `dataloft_node_${options.port}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: options.postgresServerUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(options.postgresServerUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.href;
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: options.postgresServerUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    };
  }
  let log = "";
  const child: ChildProcess = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...process.env,
      PORT: String(options.port),
      DATALOFT_DATA_DIR: dataDir,
      DATALOFT_ADMIN_TOKEN: options.adminToken,
      DATALOFT_SEED_DEMO: String(options.seedDemo),
      DATABASE_URL: databaseUrl,
      DATALOFT_PUBLIC_URL: `http://localhost:${options.port}`,
      LOG_LEVEL: "warn",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: scripts/start.mjs runs `next start` as a child, and both must go together.
    detached: true,
  });
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const baseUrl = `http://localhost:${options.port}`;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // the group is gone already
    }
  };
  const stop = async () => {
    signalGroup("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    signalGroup("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
    await dropDatabase?.();
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance on port ${options.port} exited:\n${log}`);
    try {
      if ((await fetch(`${baseUrl}/api/v1/stats`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`instance on port ${options.port} did not start within 120 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const kill = async () => {
    signalGroup("SIGKILL");
    await exited;
  };
  return { baseUrl, port: options.port, databaseKind: databaseUrl ? "postgresql" : "embedded", output: () => log, kill, stop };
}
