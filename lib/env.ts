import { z } from "zod";

// The one place that reads process.env. Parsed once; a bad value stops the process with a clear message.

const booleanFlag = z.enum(["true", "false", "1", "0", "yes", "no", "on", "off"]).transform((value) => ["true", "1", "yes", "on"].includes(value));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL (leave it unset for the embedded database)")
    .optional(),
  DATALOFT_DATA_DIR: z.string().min(1).default(".data"),
  DATALOFT_PUBLIC_URL: z.url().optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  DATALOFT_KEY_ENCRYPTION_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, "DATALOFT_KEY_ENCRYPTION_KEY must be 32 bytes in base64url (43 characters)")
    .optional(),
  DATALOFT_ADMIN_TOKEN: z.string().min(32, "DATALOFT_ADMIN_TOKEN must be at least 32 characters").optional(),
  DATALOFT_SESSION_MAX_AGE: z.coerce
    .number()
    .int()
    .min(60)
    .max(7 * 24 * 3600)
    .default(8 * 3600),
  DATALOFT_SEED_DEMO: booleanFlag.optional(),
  DATALOFT_DID_WEB_RESOLUTION: booleanFlag.default(false),
  /** Host names (comma-separated) of federation peers an admin may register; empty: federation is off. */
  DATALOFT_PEER_HOSTS: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[a-z0-9.:[\]-]+$/, "DATALOFT_PEER_HOSTS lists host names separated by commas")))
    .default([]),
  /** Closed networks and local tests: the listed peer hosts may be reached over http and on private addresses. */
  DATALOFT_PEER_ALLOW_PRIVATE: booleanFlag.default(false),
  /** Hours after a peer's last successful sync when its entries are marked stale. */
  DATALOFT_PEER_STALE_AFTER_HOURS: z.coerce
    .number()
    .min(0.001)
    .max(24 * 365)
    .default(72),
  /** Deliver Dataspace Protocol callbacks (offers, agreements, events) to consumer connectors, through the outbound guard. */
  DATALOFT_DSP_CALLBACKS: booleanFlag.default(false),
  /**
   * Gaia-X 22.10 policy "issuer matches participant" (lib/validation/rules/issuer-match-policy.ts): a
   * ServiceOffering / DataResource issued by someone other than its provider / producer. Upstream
   * shapes accept it, so it warns by default; "violation" refuses such documents.
   */
  DATALOFT_ISSUER_MATCH_POLICY: z.enum(["off", "info", "warning", "violation"]).default("warning"),
  DATALOFT_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  /** Worker threads of the check pool; unset: one less than the machine's cores (at least one). */
  DATALOFT_CHECK_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  /** Longest a check of one document may run in a worker before it is stopped and answered 422. */
  DATALOFT_CHECK_DEADLINE_MS: z.coerce.number().int().min(50).max(600_000).default(2000),
  /** Anonymous checks (verification, lint): how many run at once, how many may wait, and how long. */
  DATALOFT_CHECK_ANONYMOUS_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  DATALOFT_CHECK_ANONYMOUS_QUEUE: z.coerce.number().int().min(0).max(1000).default(4),
  DATALOFT_CHECK_QUEUE_WAIT_MS: z.coerce.number().int().min(10).max(600_000).default(1000),
  /** Caps checked before any expensive work (lib/compute/check-document-caps.ts). */
  DATALOFT_CHECK_MAX_DEPTH: z.coerce.number().int().min(4).default(32),
  DATALOFT_CHECK_MAX_NODES: z.coerce.number().int().min(100).default(20_000),
  DATALOFT_CHECK_MAX_BLANK_NODES: z.coerce.number().int().min(10).default(1000),
  DATALOFT_CHECK_MAX_TERMS: z.coerce.number().int().min(100).default(50_000),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
});

export type Env = z.infer<typeof envSchema> & {
  databaseKind: "embedded" | "postgresql";
  publicUrl: string;
};

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings count as unset, as in most deployment tools.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const parsed = result.data;
  return {
    ...parsed,
    databaseKind: parsed.DATABASE_URL ? "postgresql" : "embedded",
    publicUrl: (parsed.DATALOFT_PUBLIC_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/$/, ""),
  };
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Secrets the running portal cannot do without; scripts/prepare-start.ts provides them for the embedded demo. */
export function requireSecret(name: "AUTH_SECRET" | "DATALOFT_KEY_ENCRYPTION_KEY"): string {
  const value = getEnv()[name];
  if (!value) throw new Error(`${name} is not set. Run the portal with \`npm start\`, which creates one for the embedded database, or set it.`);
  return value;
}
