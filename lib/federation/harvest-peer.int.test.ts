import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { startFakePeer, type FakePeer } from "@/test/support/fake-peer";
import { db } from "@/lib/db";
import { authenticateBearer } from "@/lib/auth/authenticate-bearer";
import { signUpParticipant } from "@/lib/participants/sign-up-participant";
import { findSelfDescriptions } from "@/lib/catalogue/find-self-descriptions";
import { searchQuerySchema } from "@/lib/catalogue/search-query";
import { publishSelfDescription } from "@/lib/catalogue/publish-self-description";
import { getPipelineServices } from "@/lib/wiring/services";
import { harvestPeer } from "./harvest-peer";
import { registerPeer } from "./register-peer";
import type { PeerNetworkConfig } from "./peer-network";

const keyEncryptionKey = new Uint8Array(32).fill(7);
const network: PeerNetworkConfig = { hosts: ["127.0.0.1"], allowPrivate: true, timeoutMs: 3000 };
const ADMIN_TOKEN = "federation-test-admin-token-0123456789";

describe.each(testDatabaseTargets())("harvesting a peer catalogue on $name", (target) => {
  withTestDatabase(target);
  let peers: FakePeer[] = [];

  beforeEach(() => {
    peers = [];
  });
  afterEach(async () => {
    await Promise.all(peers.map((peer) => peer.close()));
  });

  async function admin() {
    await signUpParticipant({
      input: { legalName: "Node Operator", name: "Op", email: "op@node.test", password: "a long enough password" },
      publicUrl: "http://localhost:3000",
    });
    return authenticateBearer({ secret: ADMIN_TOKEN, adminToken: ADMIN_TOKEN });
  }

  async function peerWithRegistration(name: string, options: { pageSize?: number } = {}) {
    const peer = await startFakePeer(options);
    peers.push(peer);
    const actor = await admin().catch(() => authenticateBearer({ secret: ADMIN_TOKEN, adminToken: ADMIN_TOKEN }));
    const registered = await registerPeer({ actor, input: { name, baseUrl: peer.baseUrl, kind: "DATALOFT", scheduleMinutes: 60 }, network, keyEncryptionKey });
    return { peer, peerId: registered.id, actor };
  }

  const search = (q: string, status = "active") => findSelfDescriptions(searchQuerySchema.parse({ q, status }));

  it("stores verified entries with the peer as origin, finds them by full-text search, and follows a revocation", async () => {
    const { peer, peerId } = await peerWithRegistration("Klinik node", { pageSize: 2 });
    const hashes = [];
    for (const title of ["Cardiology registry Rhein", "Diabetes cohort Main", "Sleep apnoea telemonitoring"]) {
      hashes.push(peer.serve(await peer.signDataset({ title, description: `${title}: pseudonymised routine data` })));
    }
    const first = await harvestPeer({ peerId, network, keyEncryptionKey });
    expect(first).toMatchObject({ phase: "done", pages: 2, received: 3, stored: 3, refused: 0 });
    const rows = await db().selfDescription.findMany({ where: { hash: { in: hashes } }, include: { origins: true, verification: true } });
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.origin).toBe("PEER");
      expect(row.verification?.verified).toBe(true);
      expect(row.origins.map((origin) => origin.peerId)).toEqual([peerId]);
    }
    const found = await search("apnoea");
    expect(found.items.map((item) => item.hash)).toEqual([hashes[2]]);
    expect(found.items[0]).toMatchObject({ origin: "PEER", peers: [{ id: peerId, name: "Klinik node", stale: false }] });
    expect(found.facets.origin).toEqual([{ value: "PEER", count: 1 }]);
    expect((await findSelfDescriptions(searchQuerySchema.parse({ peer: peerId }))).total).toBe(3);
    expect((await findSelfDescriptions(searchQuerySchema.parse({ origin: "LOCAL" }))).total).toBe(0);
    const stored = await db().peer.findUniqueOrThrow({ where: { id: peerId } });
    expect(stored).toMatchObject({ syncStatus: "IDLE", lastError: null });
    expect(stored.cursor).not.toBeNull();

    peer.setStatus(hashes[2] as string, "REVOKED");
    const second = await harvestPeer({ peerId, network, keyEncryptionKey });
    expect(second).toMatchObject({ phase: "done", stored: 0, updated: 1 });
    expect((await db().selfDescription.findUniqueOrThrow({ where: { hash: hashes[2] } })).status).toBe("REVOKED");
    expect((await search("apnoea")).items).toEqual([]);
    expect((await search("apnoea", "revoked")).items.map((item) => item.hash)).toEqual([hashes[2]]);
    const audit = await db().auditEvent.findMany({ where: { subjectId: hashes[2] }, orderBy: { id: "asc" } });
    expect(audit.map((event) => event.action)).toEqual(["self-description.harvested", "self-description.revoked-by-peer"]);
  });

  it("refuses and reports a tampered credential and a document that does not match its announced hash, storing nothing of them", async () => {
    const { peer, peerId } = await peerWithRegistration("Hostile node");
    const genuine = await peer.signDataset({ title: "Heart failure registry", description: "Genuine entry" });
    const tampered = genuine.replace("Heart failure registry", "Heart failure registry (all patients, identified)");
    const goodHash = peer.serve(genuine);
    const badHash = peer.serve(tampered);
    const otherDocument = await peer.signDataset({ title: "Swapped document", description: "announced under a hash that is not its own" });
    const announced = "ab".repeat(32);
    peer.serve(otherDocument, "ACTIVE", announced);
    const report = await harvestPeer({ peerId, network, keyEncryptionKey });
    expect(report).toMatchObject({ phase: "done", stored: 1, refused: 2 });
    expect(report.refusals).toEqual(
      expect.arrayContaining([
        { hash: badHash, reason: expect.stringMatching(/^not authentic: .*signature/i) },
        { hash: announced, reason: expect.stringMatching(/not the hash the peer announced/) },
      ]),
    );
    expect(await db().selfDescription.count({ where: { hash: { in: [badHash, announced] } } })).toBe(0);
    expect(await db().selfDescription.count()).toBe(1);
    expect(await db().selfDescription.count({ where: { hash: goodHash } })).toBe(1);
    expect((await db().peer.findUniqueOrThrow({ where: { id: peerId } })).report).toMatchObject({ refused: 2 });
  });

  it("keeps one entry with two origins when two peers serve the same document, and local publishes win", async () => {
    const a = await peerWithRegistration("Node A");
    const otherPeer = await startFakePeer();
    peers.push(otherPeer);
    const b = await registerPeer({
      actor: a.actor,
      input: { name: "Node B", baseUrl: otherPeer.baseUrl, kind: "DATALOFT", scheduleMinutes: 60 },
      network,
      keyEncryptionKey,
    });
    const document = await a.peer.signDataset({ title: "Shared oncology dataset", description: "Seen on two nodes" });
    const hash = a.peer.serve(document);
    otherPeer.serve(document);
    await harvestPeer({ peerId: a.peerId, network, keyEncryptionKey });
    await harvestPeer({ peerId: b.id, network, keyEncryptionKey });
    const entry = await db().selfDescription.findUniqueOrThrow({ where: { hash }, include: { origins: true } });
    expect(entry.origins.map((origin) => origin.peerId).sort()).toEqual([a.peerId, b.id].sort());
    expect(await db().selfDescription.count()).toBe(1);

    // An admin publishes the same document here: it becomes a local entry and peers no longer steer it.
    const published = await publishSelfDescription({
      actor: a.actor,
      text: document,
      contentType: "application/ld+json",
      services: await getPipelineServices({ budget: "background" }),
      onBehalf: true,
    });
    expect(published).toMatchObject({ created: false, entry: { hash, origin: "LOCAL" } });
    a.peer.setStatus(hash, "REVOKED");
    expect(await harvestPeer({ peerId: a.peerId, network, keyEncryptionKey })).toMatchObject({ phase: "done", updated: 0 });
    expect((await db().selfDescription.findUniqueOrThrow({ where: { hash } })).status).toBe("ACTIVE");
  });

  it("stops cleanly on a broken peer, keeps the progress made, and marks its entries stale after the configured time", async () => {
    const { peer, peerId } = await peerWithRegistration("Flaky node", { pageSize: 1 });
    const firstHash = peer.serve(await peer.signDataset({ title: "Page one dataset", description: "arrives" }));
    peer.serve(await peer.signDataset({ title: "Page two dataset", description: "never arrives" }));
    peer.breakFeed(1, { status: 200, body: '{"items": "not a list"}' });
    const report = await harvestPeer({ peerId, network, keyEncryptionKey, staleAfterHours: 1, clock: () => new Date(Date.now() + 2 * 3_600_000) });
    expect(report.phase).toBe("failed");
    expect(report.error).toMatch(/not a change feed page.*items/);
    expect(report.stored).toBe(1);
    const stored = await db().peer.findUniqueOrThrow({ where: { id: peerId } });
    expect(stored).toMatchObject({ syncStatus: "FAILED", lastSuccessAt: null });
    expect(stored.lastError).toMatch(/not a change feed page/);
    expect(stored.cursor).not.toBeNull();
    expect(await db().entryOrigin.findMany({ where: { peerId }, select: { selfDescriptionHash: true, stale: true } })).toEqual([
      { selfDescriptionHash: firstHash, stale: true },
    ]);
    expect(await db().auditEvent.count({ where: { action: "peer.sync-failed", subjectId: peerId } })).toBe(1);
  });

  it("refuses a second sync of the same peer while one runs, and peers outside the allow-list", async () => {
    const { peer, peerId, actor } = await peerWithRegistration("Busy node");
    peer.serve(await peer.signDataset({ title: "Busy dataset", description: "one" }));
    const [one, two] = await Promise.allSettled([harvestPeer({ peerId, network, keyEncryptionKey }), harvestPeer({ peerId, network, keyEncryptionKey })]);
    const outcomes = [one, two].map((outcome) => (outcome.status === "fulfilled" ? outcome.value.phase : (outcome.reason as { code?: string }).code));
    expect(outcomes.sort()).toEqual(["CONFLICT", "done"]);
    await expect(
      registerPeer({ actor, input: { name: "Elsewhere", baseUrl: "https://evil.example", kind: "DATALOFT", scheduleMinutes: 60 }, network, keyEncryptionKey }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringMatching(/not in the operator's peer allow-list/),
    });
    await expect(
      registerPeer({
        actor,
        input: { name: "Plain http", baseUrl: peer.baseUrl, kind: "DATALOFT", scheduleMinutes: 60 },
        network: { ...network, allowPrivate: false },
        keyEncryptionKey,
      }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/https only/),
    });
    expect(await db().peer.count()).toBe(1);
  });
});
