import "server-only";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { parseSubmission } from "@/lib/catalogue/parse-submission";
import { deriveProjection } from "@/lib/catalogue/derive-projection";
import { entryCreateData } from "@/lib/catalogue/entry-create-data";
import type { PublishServices } from "@/lib/catalogue/publish-services";
import type { FeedItem } from "./fetch-feed-page";
import { mostAdvancedStatus } from "./lifecycle-order";

// One entry of a peer's feed. A new one is parsed, verified and validated here as if it were published
// here (the peer's verdict is never used), then stored with this peer as its origin. A known one gets
// its origin recorded and — unless it is this node's own entry — the lifecycle status the peers report.

export type ItemOutcome =
  | { kind: "stored" | "updated" | "unchanged" }
  | { kind: "skipped"; reason: string }
  | { kind: "refused"; hash: string; reason: string };

export interface FeedItemContext {
  peerId: string;
  pageCursor: string;
  services: PublishServices;
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
  let verification;
  try {
    verification = await context.services.verify(submission);
  } catch (error) {
    if (!isAppError(error)) throw error;
    return refused(`not verifiable: ${error.message}`);
  }
  if (!verification.verified) {
    const failed = verification.checks.filter((check) => !check.passed && check.severity !== "warning").map((check) => check.message);
    return refused(`not authentic: ${[...failed, ...verification.errors].join("; ") || "verification failed"}`);
  }
  const validation = await context.services.validate(submission);
  if (!validation.conforms) {
    const violations = validation.results.filter((result) => result.severity === "Violation").slice(0, 3).map((result) => result.message);
    return refused(`does not conform to ${validation.shapesUsed.join(", ") || "its shapes"}: ${violations.join("; ")}`);
  }
  const projection = deriveProjection({ credentials: context.services.credentials(submission), trustFramework: validation.trustFramework });
  try {
    await db().$transaction(async (tx) => {
      await tx.selfDescription.create({
        data: {
          ...entryCreateData({ submission, verification, validation, projection, now: context.now, origin: "PEER", status: item.status }),
          origins: { create: { peerId: context.peerId, peerCursor: context.pageCursor, peerStatus: item.status, firstSeenAt: context.now, lastSeenAt: context.now } },
        },
      });
      await recordAuditEvent(tx, { action: "self-description.harvested", subjectType: "SelfDescription", subjectId: item.hash, detail: { peerId: context.peerId, status: item.status } });
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
      create: { selfDescriptionHash: item.hash, peerId: context.peerId, peerCursor: context.pageCursor, peerStatus: item.status, firstSeenAt: context.now, lastSeenAt: context.now },
      update: { peerCursor: context.pageCursor, peerStatus: item.status, lastSeenAt: context.now, stale: false },
    });
    const entry = await tx.selfDescription.findUnique({ where: { hash: item.hash }, select: { origin: true, status: true, origins: { select: { peerStatus: true } } } });
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
    await recordAuditEvent(tx, { action: `self-description.${status.toLowerCase()}-by-peer`, subjectType: "SelfDescription", subjectId: item.hash, detail: { peerId: context.peerId, from: entry.status, to: status } });
    return { kind: "updated" as const };
  });
}
