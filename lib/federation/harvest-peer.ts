import "server-only";
import { db, Prisma } from "@/lib/db";
import { getEnv, requireSecret } from "@/lib/env";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { createGuardedFetch } from "@/lib/net/create-guarded-fetch";
import { createNodeDidResolver, getPipelineServices } from "@/lib/wiring/services";
import { createPeerDidFetch } from "./create-peer-did-fetch";
import { fetchFeedPage, type FeedItem } from "./fetch-feed-page";
import { markStaleOrigins } from "./mark-stale-origins";
import { createPeerFetch, type PeerNetworkConfig } from "./peer-network";
import { openPeerToken } from "./peer-token";
import { processFeedItem, type ItemOutcome } from "./process-feed-item";
import { emptyReport, MAX_REPORTED_REFUSALS, type SyncReport } from "./sync-report";

// One sync of one peer: claim it (one sync per peer at a time, across instances), read its change feed
// page by page from the stored high-water mark, check every entry here, keep progress on the peer after
// each page, and stop cleanly — progress kept, error recorded — when the peer breaks.

/** Each run re-reads this much before the high-water mark, so a change committed late is never skipped. */
export const CURSOR_OVERLAP_MS = 10_000;
/** A claim older than this belongs to a crashed run and may be taken over. */
const CLAIM_LEASE_MS = 30 * 60_000;
const MAX_PAGES_PER_RUN = 10_000;
const ITEMS_IN_PARALLEL = 4;

export interface HarvestOptions {
  peerId: string;
  network: PeerNetworkConfig;
  /** The admin who pressed "sync now"; absent for scheduled runs. */
  actor?: Actor | null;
  keyEncryptionKey?: Uint8Array;
  staleAfterHours?: number;
  requestId?: string;
  clock?: () => Date;
}

export async function harvestPeer(options: HarvestOptions): Promise<SyncReport> {
  return (await startHarvest(options)).done;
}

/** Claims the peer (refusing with CONFLICT while another sync runs), then syncs; `done` settles with the report. */
export async function startHarvest(options: HarvestOptions): Promise<{ peerId: string; done: Promise<SyncReport> }> {
  const clock = options.clock ?? (() => new Date());
  const startedAt = clock();
  const peer = await claimPeer(options.peerId, startedAt);
  return { peerId: peer.id, done: runClaimedHarvest(peer, options, clock, startedAt) };
}

async function runClaimedHarvest(
  peer: Awaited<ReturnType<typeof claimPeer>>,
  options: HarvestOptions,
  clock: () => Date,
  startedAt: Date,
): Promise<SyncReport> {
  const report = emptyReport(startedAt);
  try {
    const token = peer.tokenEncrypted
      ? await openPeerToken({
          sealed: peer.tokenEncrypted,
          baseUrl: peer.baseUrl,
          secret: options.keyEncryptionKey ?? Buffer.from(requireSecret("DATALOFT_KEY_ENCRYPTION_KEY"), "base64url"),
        })
      : null;
    const peerFetch = createPeerFetch(options.network);
    const peerBaseUrls = (await db().peer.findMany({ select: { baseUrl: true } })).map((row) => row.baseUrl);
    const didFetch = createPeerDidFetch({ peerBaseUrls, peerFetch, otherFetch: getEnv().DATALOFT_DID_WEB_RESOLUTION ? createGuardedFetch() : undefined });
    const services = await getPipelineServices({ didResolver: createNodeDidResolver(didFetch), budget: "background" });

    let since = peer.cursor ? new Date(new Date(peer.cursor).getTime() - CURSOR_OVERLAP_MS).toISOString() : new Date(0).toISOString();
    let highWater = peer.cursor ? new Date(peer.cursor) : null;
    for (let pageNumber = 0; pageNumber < MAX_PAGES_PER_RUN; pageNumber += 1) {
      const page = await fetchFeedPage({ fetch: peerFetch, baseUrl: peer.baseUrl, since, token });
      const now = clock();
      const { seen, rest } = await touchUnchangedItems(peer.id, page.items, page.cursor, now);
      const outcomes: ItemOutcome[] = seen.map(() => ({ kind: "unchanged" }));
      outcomes.push(
        ...(await mapInBatches(rest, ITEMS_IN_PARALLEL, (item) => processFeedItem(item, { peerId: peer.id, pageCursor: page.cursor, services, now }))),
      );
      for (const outcome of outcomes) count(report, outcome);
      report.pages += 1;
      for (const item of page.items) {
        const changed = new Date(item.updatedAt);
        if (!Number.isNaN(changed.getTime()) && (!highWater || changed > highWater)) highWater = changed;
      }
      await db().peer.update({
        where: { id: peer.id },
        data: { cursor: highWater?.toISOString() ?? null, report: report as unknown as Prisma.InputJsonValue },
      });
      if (!page.hasMore || page.items.length === 0) break;
      since = page.cursor;
    }
    const finishedAt = clock();
    Object.assign(report, { phase: "done", finishedAt: finishedAt.toISOString() });
    await db().$transaction(async (tx) => {
      await tx.peer.update({
        where: { id: peer.id },
        data: {
          syncStatus: "IDLE",
          syncStartedAt: null,
          lastSyncAt: finishedAt,
          lastSuccessAt: finishedAt,
          lastError: null,
          report: report as unknown as Prisma.InputJsonValue,
        },
      });
      await tx.entryOrigin.updateMany({ where: { peerId: peer.id, stale: true }, data: { stale: false } });
      await recordAuditEvent(tx, {
        action: "peer.synced",
        subjectType: "Peer",
        subjectId: peer.id,
        actor: options.actor,
        detail: summary(report) as Prisma.InputJsonValue,
        requestId: options.requestId,
      });
    });
    return report;
  } catch (error) {
    const finishedAt = clock();
    const message = isAppError(error) ? error.message : "the sync failed unexpectedly";
    Object.assign(report, { phase: "failed", finishedAt: finishedAt.toISOString(), error: message });
    await db().$transaction(async (tx) => {
      await tx.peer.update({
        where: { id: peer.id },
        data: { syncStatus: "FAILED", syncStartedAt: null, lastSyncAt: finishedAt, lastError: message, report: report as unknown as Prisma.InputJsonValue },
      });
      await recordAuditEvent(tx, {
        action: "peer.sync-failed",
        subjectType: "Peer",
        subjectId: peer.id,
        actor: options.actor,
        detail: { ...summary(report), error: message } as Prisma.InputJsonValue,
        requestId: options.requestId,
      });
    });
    await markStaleOrigins({ now: finishedAt, staleAfterHours: options.staleAfterHours ?? getEnv().DATALOFT_PEER_STALE_AFTER_HOURS });
    if (!isAppError(error)) throw error;
    return report;
  }
}

/**
 * Entries this peer served before with the same status (the overlap of each run, or a peer re-sending
 * its feed) need only their origin touched: one statement for the page instead of one transaction each.
 */
async function touchUnchangedItems(peerId: string, items: FeedItem[], pageCursor: string, now: Date) {
  if (items.length === 0) return { seen: [], rest: [] };
  const known = await db().entryOrigin.findMany({
    where: { peerId, selfDescriptionHash: { in: items.map((item) => item.hash) } },
    select: { selfDescriptionHash: true, peerStatus: true },
  });
  const statusByHash = new Map(known.map((origin) => [origin.selfDescriptionHash, origin.peerStatus]));
  const seen = items.filter((item) => statusByHash.get(item.hash) === item.status);
  const rest = items.filter((item) => statusByHash.get(item.hash) !== item.status);
  if (seen.length) {
    await db().entryOrigin.updateMany({
      where: { peerId, selfDescriptionHash: { in: seen.map((item) => item.hash) } },
      data: { lastSeenAt: now, peerCursor: pageCursor, stale: false },
    });
  }
  return { seen, rest };
}

async function claimPeer(peerId: string, now: Date) {
  const claimed = await db().peer.updateMany({
    where: {
      id: peerId,
      OR: [{ syncStatus: { not: "RUNNING" } }, { syncStartedAt: null }, { syncStartedAt: { lt: new Date(now.getTime() - CLAIM_LEASE_MS) } }],
    },
    data: { syncStatus: "RUNNING", syncStartedAt: now, report: emptyReport(now) as unknown as Prisma.InputJsonValue },
  });
  const peer = await db().peer.findUnique({ where: { id: peerId } });
  if (!peer) throw new AppError("NOT_FOUND", { message: `No peer ${peerId}.` });
  if (claimed.count === 0)
    throw new AppError("CONFLICT", { message: `A sync of ${peer.name} is running since ${peer.syncStartedAt?.toISOString() ?? "a moment ago"}.` });
  return peer;
}

function count(report: SyncReport, outcome: ItemOutcome) {
  report.received += 1;
  report[outcome.kind] += 1;
  if (outcome.kind === "refused" && report.refusals.length < MAX_REPORTED_REFUSALS)
    report.refusals.push({ hash: outcome.hash, reason: outcome.reason.slice(0, 500) });
}

function summary(report: SyncReport): Record<string, unknown> {
  const { refusals, ...counts } = report;
  return { ...counts, refusals: refusals.slice(0, 10) };
}

async function mapInBatches<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
  }
  return results;
}
