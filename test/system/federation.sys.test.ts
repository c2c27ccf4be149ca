import { createServer } from "node:http";
import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unsignedHealthDataset } from "@/test/support/health-credential";
import { startInstance, type Instance } from "./start-instance";

// Two real catalogue nodes (separate processes and databases) on loopback ports: publish on A, sync B
// from A, find on B, revoke on A, sync again, see it revoked on B. A third, hostile node serving a
// tampered credential is refused and reported. Runs after `next build` (scripts/test.sh).

const ADMIN_TOKEN = "system-test-admin-token-0123456789abcdef";
const PORT_A = Number(process.env.SYSTEM_PORT_A ?? 3311);
const PORT_B = Number(process.env.SYSTEM_PORT_B ?? 3312);
const HOSPITAL = "uniklinik-musterstadt";

const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

async function call(instance: Instance, method: string, pathname: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${instance.baseUrl}${pathname}`, {
    method,
    headers: { ...admin, ...(body === undefined ? {} : { "content-type": typeof body === "string" ? "application/ld+json" : "application/json" }), ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {}, text };
}

describe("federation between two catalogue instances", () => {
  let a: Instance;
  let b: Instance;
  const hostile = { server: createServer(), port: 0, feed: "" };

  beforeAll(async () => {
    [a, b] = await Promise.all([
      startInstance({ port: PORT_A, adminToken: ADMIN_TOKEN, seedDemo: true }),
      // B runs on PostgreSQL when the suite has a server (CI), else on its own embedded database.
      startInstance({
        port: PORT_B,
        adminToken: ADMIN_TOKEN,
        seedDemo: false,
        postgresServerUrl: process.env.DATABASE_URL || undefined,
        env: { DATALOFT_PEER_HOSTS: "localhost", DATALOFT_PEER_ALLOW_PRIVATE: "true" },
      }),
    ]);
    hostile.server.on("request", (request, response) => {
      response.writeHead(request.url?.startsWith("/api/v1/self-descriptions?") ? 200 : 404, { "content-type": "application/json" });
      response.end(request.url?.startsWith("/api/v1/self-descriptions?") ? hostile.feed : "{}");
    });
    await new Promise<void>((resolve) => hostile.server.listen(0, "127.0.0.1", resolve));
    hostile.port = (hostile.server.address() as { port: number }).port;
  }, 240_000);

  afterAll(async () => {
    await new Promise((resolve) => hostile.server.close(resolve));
    await Promise.all([a?.stop(), b?.stop()]);
  }, 60_000);

  it("publishes on A, syncs B from A, finds the entry on B, follows A's revocation, and refuses a hostile peer's tampered copy", async () => {
    // Publish on A: the hospital's portal-held key signs, the operator publishes on its behalf.
    const word = `federationprobe${randomUUID().slice(0, 8)}`;
    const hospitalDid = `did:web:localhost%3A${PORT_A}:participants:${HOSPITAL}`;
    const unsigned = {
      ...unsignedHealthDataset({ title: `Stroke unit registry ${word}`, description: "Pseudonymised stroke unit data for research" }),
      issuer: hospitalDid,
    };
    const signed = await call(a, "POST", `/api/v1/participants/${HOSPITAL}/sign`, unsigned);
    expect(signed.status, signed.text).toBe(200);
    const published = await call(a, "POST", "/api/v1/self-descriptions?onBehalf=true", signed.text);
    expect(published.status, published.text).toBe(201);
    const hash = published.json.hash as string;

    // B registers A and syncs: A's demo entries and the new one arrive, each verified on B.
    const peerA = await call(b, "POST", "/api/v1/admin/peers", { name: "Node A", baseUrl: a.baseUrl });
    expect(peerA.status, peerA.text).toBe(201);
    const firstSync = await call(b, "POST", `/api/v1/admin/peers/${peerA.json.id as string}/sync?wait=true`);
    expect(firstSync.status, firstSync.text).toBe(200);
    expect(firstSync.json).toMatchObject({ phase: "done", refused: 0 });
    expect(firstSync.json.stored).toBeGreaterThanOrEqual(7);

    const found = await call(b, "GET", `/api/v1/self-descriptions?q=${word}`);
    expect((found.json.items as { hash: string }[]).map((item) => item.hash)).toEqual([hash]);
    const onB = await call(b, "GET", `/api/v1/self-descriptions/${hash}`, undefined, { accept: "application/json" });
    expect(onB.json).toMatchObject({ hash, origin: "PEER", status: "ACTIVE", verification: { verified: true } });

    // Revoke on A, sync again: B follows.
    expect((await call(a, "POST", `/api/v1/self-descriptions/${hash}/revoke`, { reason: "withdrawn by the hospital" })).status).toBe(200);
    const secondSync = await call(b, "POST", `/api/v1/admin/peers/${peerA.json.id as string}/sync?wait=true`);
    expect(secondSync.json).toMatchObject({ phase: "done", stored: 0, updated: 1, refused: 0 });
    expect((await call(b, "GET", `/api/v1/self-descriptions/${hash}`, undefined, { accept: "application/json" })).json).toMatchObject({ status: "REVOKED" });
    expect(((await call(b, "GET", `/api/v1/self-descriptions?q=${word}`)).json.items as unknown[]).length).toBe(0);

    // Without ?wait the sync runs on in B's process: 202 now, progress on the peer until it is done.
    const background = await call(b, "POST", `/api/v1/admin/peers/${peerA.json.id as string}/sync`);
    expect(background.status, background.text).toBe(202);
    let followed: Record<string, unknown> = background.json;
    for (let poll = 0; poll < 100 && followed.syncStatus === "RUNNING"; poll += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      followed = (await call(b, "GET", `/api/v1/admin/peers/${peerA.json.id as string}`)).json;
    }
    expect(followed).toMatchObject({ syncStatus: "IDLE", report: { phase: "done", refused: 0 } });

    // A hostile peer serves a copy of A's credential with a changed title: refused and reported, not stored.
    const tampered = signed.text.replace(`Stroke unit registry ${word}`, `Stroke unit registry ${word} with identified patients`);
    const tamperedHash = createHash("sha256").update(tampered).digest("hex");
    const now = new Date().toISOString();
    hostile.feed = JSON.stringify({
      items: [
        {
          hash: tamperedHash,
          status: "ACTIVE",
          statusChangedAt: now,
          updatedAt: now,
          format: "JSONLD_VC",
          contentType: "application/ld+json",
          document: tampered,
        },
      ],
      cursor: "c.end",
      hasMore: false,
    });
    const peerC = await call(b, "POST", "/api/v1/admin/peers", { name: "Hostile node", baseUrl: `http://localhost:${hostile.port}` });
    expect(peerC.status, peerC.text).toBe(201);
    const hostileSync = await call(b, "POST", `/api/v1/admin/peers/${peerC.json.id as string}/sync?wait=true`);
    expect(hostileSync.json).toMatchObject({
      phase: "done",
      stored: 0,
      refused: 1,
      refusals: [{ hash: tamperedHash, reason: expect.stringMatching(/^not authentic/) }],
    });
    expect((await call(b, "GET", `/api/v1/self-descriptions/${tamperedHash}`, undefined, { accept: "application/json" })).status).toBe(404);
    const peers = await call(b, "GET", "/api/v1/admin/peers");
    expect((peers.json.items as { name: string; report: { refused: number } }[]).find((peer) => peer.name === "Hostile node")?.report.refused).toBe(1);
  }, 240_000);
});
