import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertLocalDatabaseUrl } from "@/test/support/test-databases";
import { unsignedHealthDataset } from "@/test/support/health-credential";
import { startInstance, type Instance } from "./start-instance";

// Two portal processes behind one PostgreSQL database (scale-out): they share all state, parallel
// identical publishes to both give one row, and killing one process in the middle of publishing leaves
// every entry whole or absent. PGlite is a single-process database, so this needs the PostgreSQL server
// the suite is given (DATABASE_URL, as in CI).

const serverUrl = process.env.DATABASE_URL;
const ADMIN_TOKEN = "scale-out-admin-token-0123456789abcdef";
const PORT_1 = Number(process.env.SYSTEM_PORT_1 ?? 3313);
const PORT_2 = Number(process.env.SYSTEM_PORT_2 ?? 3314);
const HOSPITAL = "uniklinik-musterstadt";
const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };

describe.skipIf(!serverUrl)("two portal processes sharing one PostgreSQL database", () => {
  const databaseName = `dataloft_scaleout_${Date.now()}`;
  let databaseUrl = "";
  let one: Instance;
  let two: Instance;
  let client: pg.Client;

  beforeAll(async () => {
    const server = assertLocalDatabaseUrl(serverUrl as string);
    const admin = new pg.Client({ connectionString: server.href });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${databaseName}"`);
    await admin.end();
    server.pathname = `/${databaseName}`;
    databaseUrl = server.href;
    // Both use the same public URL, as instances behind one load balancer do.
    const env = { DATALOFT_PUBLIC_URL: `http://localhost:${PORT_1}` };
    one = await startInstance({ port: PORT_1, adminToken: ADMIN_TOKEN, seedDemo: true, sharedDatabaseUrl: databaseUrl, env });
    two = await startInstance({ port: PORT_2, adminToken: ADMIN_TOKEN, seedDemo: false, sharedDatabaseUrl: databaseUrl, env });
    client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
  }, 240_000);

  afterAll(async () => {
    await client?.end();
    await Promise.all([one?.stop(), two?.stop()]);
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
    await admin.end();
  }, 60_000);

  async function signedDataset(title: string, subjectId?: string) {
    const unsigned = {
      ...unsignedHealthDataset({ title, description: `${title}: pseudonymised data`, subjectId }),
      issuer: `did:web:localhost%3A${PORT_1}:participants:${HOSPITAL}`,
    };
    const response = await fetch(`${one.baseUrl}/api/v1/participants/${HOSPITAL}/sign`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify(unsigned),
    });
    expect(response.status).toBe(200);
    return response.text();
  }

  const publish = (instance: Instance, document: string) =>
    fetch(`${instance.baseUrl}/api/v1/self-descriptions?onBehalf=true`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/ld+json" },
      body: document,
    });

  /** Publishes as a well-behaved client: a 503 (queue full) is retried after its Retry-After. */
  async function publishRetrying(instance: Instance, document: string): Promise<number> {
    for (let attempt = 0; attempt < 30; attempt += 1) {
      const response = await publish(instance, document);
      if (response.status !== 503) return response.status;
      expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
      await new Promise((resolve) => setTimeout(resolve, 1000 * Math.min(Number(response.headers.get("retry-after")), 5)));
    }
    return 503;
  }

  it("shares state: identical publishes to both processes at once give one entry, and each sees the other's changes", async () => {
    const word = `scaleprobe${randomUUID().slice(0, 8)}`;
    const document = await signedDataset(`Shared registry ${word}`);
    const answers = await Promise.all(Array.from({ length: 10 }, (_, index) => publish(index % 2 ? two : one, document)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const hash = ((await answers[0]!.json()) as { hash: string }).hash;
    expect((await client.query(`SELECT count(*)::int AS n FROM "SelfDescription" WHERE hash = $1`, [hash])).rows[0].n).toBe(1);

    const found = (await (await fetch(`${one.baseUrl}/api/v1/self-descriptions?q=${word}`)).json()) as { items: { hash: string }[] };
    expect(found.items.map((item) => item.hash)).toEqual([hash]);
    expect((await fetch(`${two.baseUrl}/api/v1/self-descriptions/${hash}/revoke`, { method: "POST", headers })).status).toBe(200);
    expect(((await (await fetch(`${one.baseUrl}/api/v1/self-descriptions/${hash}`)).json()) as { status: string }).status).toBe("REVOKED");
  });

  it("keeps one ACTIVE version and a total chain when new versions of one subject reach both processes at once", async () => {
    const rounds = 4;
    for (let round = 0; round < rounds; round += 1) {
      const subject = `urn:uuid:${randomUUID()}`;
      const versions = await Promise.all(Array.from({ length: 6 }, (_, index) => signedDataset(`Versioned registry ${round}.${index}`, subject)));
      const answers = await Promise.all(versions.map((document, index) => publish(index % 2 ? two : one, document)));
      expect(answers.map((answer) => answer.status)).toEqual(versions.map(() => 201));
      const { rows } = await client.query<{ hash: string; status: string; previousHash: string | null }>(
        `SELECT "hash", "status"::text AS "status", "previousHash" FROM "SelfDescription" WHERE $1 = ANY("subjectIds")`,
        [subject],
      );
      expect(rows).toHaveLength(versions.length);
      expect(rows.filter((row) => row.status === "ACTIVE")).toHaveLength(1);
      // Total: one first version, every other one points to a distinct version of the same subject.
      expect(rows.filter((row) => row.previousHash === null)).toHaveLength(1);
      const linked = rows.map((row) => row.previousHash).filter((hash): hash is string => hash !== null);
      expect(new Set(linked).size).toBe(versions.length - 1);
      expect(linked.every((hash) => rows.some((row) => row.hash === hash))).toBe(true);
      const active = rows.find((row) => row.status === "ACTIVE");
      expect(linked).not.toContain(active?.hash);
    }
  });

  it("killing a process in the middle of publishing leaves every entry whole or absent", async () => {
    const documents = await Promise.all(Array.from({ length: 60 }, (_, index) => signedDataset(`Kill probe ${index} ${randomUUID().slice(0, 8)}`)));
    // Kill as soon as the first publishes have answered: the others are then being processed.
    let answered = 0;
    let killing: Promise<void> | null = null;
    const inFlight = documents.map((document) =>
      publish(two, document).then(
        (response) => {
          answered += 1;
          if (answered === 3) killing = two.kill();
          return response.status;
        },
        () => "killed" as const,
      ),
    );
    const outcomes = await Promise.all(inFlight);
    await killing;
    // The kill hit publishes that were still running.
    expect(outcomes).toContain("killed");

    // Every stored entry is complete: projection, verification, validation and its audit event.
    const incomplete = await client.query(`
      SELECT s.hash FROM "SelfDescription" s
      LEFT JOIN "SearchProjection" p ON p."selfDescriptionHash" = s.hash
      LEFT JOIN "VerificationResult" v ON v."selfDescriptionHash" = s.hash
      WHERE p."selfDescriptionHash" IS NULL OR v."selfDescriptionHash" IS NULL
         OR NOT EXISTS (SELECT 1 FROM "ValidationReport" r WHERE r."selfDescriptionHash" = s.hash)
         OR NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."subjectId" = s.hash AND a.action LIKE 'self-description.published%')`);
    expect(incomplete.rows).toEqual([]);

    // The surviving process takes every document: 200 for those stored before the kill, 201 for the rest.
    // Sixty at once exceed its publisher queue: it answers 503 with Retry-After, and a client waits and retries.
    const retried = await Promise.all(documents.map((document) => publishRetrying(one, document)));
    expect(retried.every((status) => status === 200 || status === 201)).toBe(true);
    retried.forEach((status, index) => {
      if (outcomes[index] === 201) expect(status).toBe(200);
    });
    const stored = await client.query(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE action LIKE 'self-description.published%' AND "subjectId" = ANY($1)`, [
      await Promise.all(documents.map(async (document) => (await import("node:crypto")).createHash("sha256").update(document).digest("hex"))),
    ]);
    expect(stored.rows[0].n).toBe(documents.length);
  });
});
