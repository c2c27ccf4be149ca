import "server-only";
import { db, getDatabase } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { parseSubmission } from "@/lib/catalogue/parse-submission";
import { entryRows } from "@/lib/catalogue/entry-create-data";
import { storeEntry } from "@/lib/catalogue/store-entry";
import { checkSubmission } from "@/lib/pipeline/check-submission";
import type { PipelineServices } from "@/lib/pipeline/pipeline-services";
import { refusalOf } from "@/lib/pipeline/refusal-of";
import type { FeedItem } from "./fetch-feed-page";
import { mostAdvancedStatus } from "./lifecycle-order";

// One entry of a peer's feed. A new one goes through the one check pipeline as if it were published
// here (the peer's verdict is never used), then through the one store with this peer as its origin. A known one gets
// its origin recorded and — unless it is this node's own entry — the lifecycle status the peers report.

export type ItemOutcome =
  { kind: "stored" | "updated" | "unchanged" } | { kind: "skipped"; reason: string } | { kind: "refused"; hash: string; reason: string };

export interface FeedItemContext {
  peerId: string;
  pageCursor: string;
  services: PipelineServices;
  now: Date;
}

export async function processFeedItem(item: FeedItem, context: FeedItemContext): Promise<ItemOutcome> {
  const known = await db().selfDescription.findUnique({ where: { hash: item.hash }, select: { hash: true } });
  if (known) return applyKnownItem(item, context);
  if (item.status === "REVOKED") return { kind: "skipped", reason: "revoked before this node saw it" };

  const refused = (reason: string): ItemOutcome => ({ kind: "refused", hash: item.hash, reason });
  let submission;
  try {
    submission = parseSubmission({ text: item.document, contentType: item.contentType });
  } catch (error) {
    return refused(`unreadable: ${isAppError(error) ? error.message : "cannot be parsed"}`);
  }
  if (submission.hash !== item.hash) return refused(`the document's SHA-256 is ${submission.hash}, not the hash the peer announced`);
  let outcome;
  try {
    outcome = await checkSubmission(submission, context.services, { failFast: true, projection: true });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return refused(`not verifiable: ${error.message}`);
  }
  const refusal = refusalOf(outcome);
  if (refusal) return refused(refusal.reason);
  const { verification, validation, projection } = outcome;
  if (!verification || !validation || !projection) throw new AppError("INTERNAL", { message: "The pipeline returned no verdict for a full check." });
  const now = context.now;
  try {
    await storeEntry({
      sql: getDatabase().sql,
      rows: entryRows({ submission, verification, validation, projection, now, origin: "PEER", status: item.status }),
      // The peer says which version is current: an ACTIVE copy replaces the issuer's older active one here.
      deprecatePredecessors: item.status === "ACTIVE",
      origin: {
        selfDescriptionHash: item.hash,
        peerId: context.peerId,
        peerCursor: context.pageCursor,
        peerStatus: item.status,
        firstSeenAt: now,
        lastSeenAt: now,
        stale: false,
      },
      audit: {
        action: "self-description.harvested",
        actor: null,
        actorParticipantId: null,
        requestId: null,
        detail: { peerId: context.peerId, status: item.status },
      },
    });
  } catch (error) {
    // Another sync (of another peer) stored the same document meanwhile: it is now a known entry.
    if (isUniqueViolation(error)) return applyKnownItem(item, context);
    throw error;
  }
  return { kind: "stored" };
}

async function applyKnownItem(item: FeedItem, context: FeedItemContext): Promise<ItemOutcome> {
  return db().$transaction(async (tx) => {
    await tx.entryOrigin.upsert({
      where: { selfDescriptionHash_peerId: { selfDescriptionHash: item.hash, peerId: context.peerId } },
      create: {
        selfDescriptionHash: item.hash,
        peerId: context.peerId,
        peerCursor: context.pageCursor,
        peerStatus: item.status,
        firstSeenAt: context.now,
        lastSeenAt: context.now,
      },
      update: { peerCursor: context.pageCursor, peerStatus: item.status, lastSeenAt: context.now, stale: false },
    });
    const entry = await tx.selfDescription.findUnique({
      where: { hash: item.hash },
      select: { origin: true, status: true, origins: { select: { peerStatus: true } } },
    });
    // This node's own entries follow only this node's lifecycle.
    if (!entry || entry.origin === "LOCAL") return { kind: "unchanged" as const };
    const status = mostAdvancedStatus([entry.status, ...entry.origins.map((origin) => origin.peerStatus)]);
    if (status === entry.status) return { kind: "unchanged" as const };
    const at = context.now;
    await tx.selfDescription.update({
      where: { hash: item.hash },
      data: {
        status,
        statusChangedAt: at,
        ...(status === "REVOKED" ? { revokedAt: at } : status === "DEPRECATED" ? { deprecatedAt: at } : { eolAt: at }),
      },
    });
    await recordAuditEvent(tx, {
      action: `self-description.${status.toLowerCase()}-by-peer`,
      subjectType: "SelfDescription",
      subjectId: item.hash,
      detail: { peerId: context.peerId, from: entry.status, to: status },
    });
    return { kind: "updated" as const };
  });
}
