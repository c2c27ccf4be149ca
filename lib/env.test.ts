import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to the embedded database on port 3000", () => {
    const env = parseEnv({});
    expect(env.databaseKind).toBe("embedded");
    expect(env.PORT).toBe(3000);
    expect(env.publicUrl).toBe("http://localhost:3000");
  });

  it("uses PostgreSQL when DATABASE_URL names it", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/test", PORT: "4000" });
    expect(env.databaseKind).toBe("postgresql");
    expect(env.publicUrl).toBe("http://localhost:4000");
  });

  it("refuses a database URL of another kind and a short secret, naming both", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", AUTH_SECRET: "short" })).toThrow(/DATABASE_URL[\s\S]*AUTH_SECRET|AUTH_SECRET[\s\S]*DATABASE_URL/);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "" }).databaseKind).toBe("embedded");
  });

  it("warns about offerings issued for another participant unless the operator raises the policy", () => {
    expect(parseEnv({}).DATALOFT_ISSUER_MATCH_POLICY).toBe("warning");
    expect(parseEnv({ DATALOFT_ISSUER_MATCH_POLICY: "violation" }).DATALOFT_ISSUER_MATCH_POLICY).toBe("violation");
    expect(() => parseEnv({ DATALOFT_ISSUER_MATCH_POLICY: "strict" })).toThrow(/DATALOFT_ISSUER_MATCH_POLICY/);
  });
});

describe("parseEnv: bounded checks", () => {
  it("defaults the check deadline, anonymous budget and caps, and refuses nonsense", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      DATALOFT_CHECK_DEADLINE_MS: 2000,
      DATALOFT_CHECK_ANONYMOUS_CONCURRENCY: 1,
      DATALOFT_CHECK_ANONYMOUS_QUEUE: 4,
      DATALOFT_CHECK_MAX_BLANK_NODES: 1000,
    });
    expect(env.DATALOFT_CHECK_WORKERS).toBeUndefined();
    expect(parseEnv({ DATALOFT_CHECK_WORKERS: "3", DATALOFT_CHECK_DEADLINE_MS: "500" })).toMatchObject({
      DATALOFT_CHECK_WORKERS: 3,
      DATALOFT_CHECK_DEADLINE_MS: 500,
    });
    expect(() => parseEnv({ DATALOFT_CHECK_WORKERS: "0" })).toThrow(/DATALOFT_CHECK_WORKERS/);
  });
});
