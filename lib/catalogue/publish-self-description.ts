import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { isCatalogueAdmin, type Actor } from "@/lib/auth/actor";
import { deriveProjection } from "./derive-projection";
import { entryCreateData, entryIssuer } from "./entry-create-data";
import { parseSubmission, type Submission } from "./parse-submission";
import type { PublishServices } from "./publish-services";
import { serializeEntry } from "./serialize-entry";

export { VERIFIER_VERSION } from "./entry-create-data";

export interface PublishOptions {
  actor: Actor | null;
  text: string;
  contentType: string | null;
  services: PublishServices;
  /** Catalogue admins publishing a credential of another participant must say so; it is audited. */
  onBehalf?: boolean;
  requestId?: string;
  now?: Date;
}

/**
 * parse → authorise → verify → validate → store (one transaction). The same document again returns
 * the stored entry (created: false) and never a second row. A refusal stores nothing.
 */
export async function publishSelfDescription(options: PublishOptions) {
  if (!options.actor) throw new AppError("UNAUTHENTICATED", { message: "Publishing needs a participant's API token or a signed-in member." });
  const submission = parseSubmission({ text: options.text, contentType: options.contentType });

  const existing = await findEntry(submission.hash);
  if (existing && existing.origin === "LOCAL") return { created: false, entry: existing };

  const publisher = await authorisePublisher(options.actor, submission, options.onBehalf ?? false);
  // A copy harvested from a peer becomes this node's own entry: local publishes win over harvested ones.
  if (existing) return { created: false, entry: await adoptHarvestedEntry({ hash: submission.hash, publisher, actor: options.actor, requestId: options.requestId, now: options.now ?? new Date() }) };
  const verification = await options.services.verify(submission);
  if (!verification.verified) {
    throw new AppError("VERIFICATION_FAILED", {
      message: `The credential is not authentic: ${verification.checks.filter((c) => !c.passed && c.severity !== "warning").map((c) => c.message).join("; ") || verification.errors.join("; ")}`,
      details: { verification },
    });
  }
  const validation = await options.services.validate(submission);
  if (!validation.conforms) {
    throw new AppError("VALIDATION_FAILED", {
      message: `The self-description does not conform to ${validation.shapesUsed.join(", ") || "its shapes"}.`,
      details: { validation },
      invalidParams: validation.results
        .filter((r) => r.severity === "Violation")
        .slice(0, 50)
        .map((r) => ({ name: [r.focusNode, r.path].filter(Boolean).join(" ") || "(document)", reason: r.message })),
    });
  }

  const credentials = options.services.credentials(submission);
  const providerNames = await knownParticipantNames(credentials);
  const projection = deriveProjection({ credentials, trustFramework: validation.trustFramework, providerNames });
  const now = options.now ?? new Date();

  try {
    await db().$transaction(async (tx) => {
      const previous = await tx.selfDescription.findMany({
        where: { issuerDid: entryIssuer(submission, verification), status: "ACTIVE", subjectIds: { hasSome: submission.subjectIds } },
        orderBy: { createdAt: "desc" },
        select: { hash: true },
      });
      if (previous.length > 0) {
        await tx.selfDescription.updateMany({
          where: { hash: { in: previous.map((p) => p.hash) } },
          data: { status: "DEPRECATED", deprecatedAt: now, statusChangedAt: now },
        });
      }
      await tx.selfDescription.create({
        data: entryCreateData({
          submission,
          verification,
          validation,
          projection,
          now,
          origin: "LOCAL",
          previousHash: previous[0]?.hash ?? null,
          publishedById: publisher.participantId,
          publishedOnBehalf: publisher.onBehalf,
        }),
      });
      await recordAuditEvent(tx, {
        action: publisher.onBehalf ? "self-description.published-on-behalf" : "self-description.published",
        subjectType: "SelfDescription",
        subjectId: submission.hash,
        actor: options.actor,
        actorParticipantId: publisher.participantId,
        detail: { format: submission.format, deprecated: previous.map((p) => p.hash) },
        requestId: options.requestId,
      });
    });
  } catch (error) {
    // A parallel identical publish won the race: answer with its row, as for a re-post.
    if (isUniqueViolation(error)) {
      const raced = await findEntry(submission.hash);
      if (raced) return { created: false, entry: raced };
    }
    throw error;
  }
  const entry = await findEntry(submission.hash);
  if (!entry) throw new AppError("INTERNAL", { message: "The entry vanished right after it was stored." });
  return { created: true, entry };
}

async function adoptHarvestedEntry(options: { hash: string; publisher: { participantId: string | null; onBehalf: boolean }; actor: Actor; requestId?: string; now: Date }) {
  await db().$transaction(async (tx) => {
    const adopted = await tx.selfDescription.updateMany({
      where: { hash: options.hash, origin: "PEER" },
      data: { origin: "LOCAL", publishedById: options.publisher.participantId, publishedOnBehalf: options.publisher.onBehalf, updatedAt: options.now },
    });
    if (adopted.count === 0) return;
    await recordAuditEvent(tx, {
      action: "self-description.adopted-from-peer",
      subjectType: "SelfDescription",
      subjectId: options.hash,
      actor: options.actor,
      actorParticipantId: options.publisher.participantId,
      detail: { onBehalf: options.publisher.onBehalf },
      requestId: options.requestId,
    });
  });
  const entry = await findEntry(options.hash);
  if (!entry) throw new AppError("INTERNAL", { message: "The entry vanished while it was adopted." });
  return entry;
}

async function findEntry(hash: string) {
  const row = await db().selfDescription.findUnique({
    where: { hash },
    include: { projection: true, verification: true, validations: { where: { current: true }, take: 1, orderBy: { createdAt: "desc" } } },
  });
  return row ? serializeEntry(row) : null;
}

async function authorisePublisher(actor: Actor, submission: Submission, onBehalf: boolean) {
  const issuer = submission.claimedIssuer;
  if (!issuer) throw new AppError("UNPROCESSABLE", { message: "The credential names no issuer.", invalidParams: [{ name: "$.issuer", reason: "required" }] });
  const issuerParticipant = await db().participant.findUnique({ where: { did: issuer }, select: { id: true } });
  if (issuerParticipant && actor.memberships.some((m) => m.participantId === issuerParticipant.id && m.role !== "CITIZEN")) {
    return { participantId: issuerParticipant.id, onBehalf: false };
  }
  if (isCatalogueAdmin(actor)) {
    if (!onBehalf) {
      throw new AppError("FORBIDDEN", { message: `The issuer ${issuer} is not your organisation. Catalogue admins may publish for others only with onBehalf=true.` });
    }
    // The bootstrap admin token may act before any operator organisation exists: then nobody is recorded.
    const adminParticipantId = actor.memberships[0]?.participantId;
    const adminParticipant = adminParticipantId ? await db().participant.findUnique({ where: { id: adminParticipantId }, select: { id: true } }) : null;
    return { participantId: issuerParticipant?.id ?? adminParticipant?.id ?? null, onBehalf: true };
  }
  throw new AppError("FORBIDDEN", { message: `You may publish only credentials issued by your own organisation; this one is issued by ${issuer}.` });
}

async function knownParticipantNames(credentials: Record<string, unknown>[]): Promise<Map<string, string>> {
  const dids = new Set<string>();
  for (const credential of credentials) {
    const issuer = credential.issuer;
    if (typeof issuer === "string") dids.add(issuer);
  }
  const rows = await db().participant.findMany({ where: { did: { in: [...dids] } }, select: { did: true, legalName: true } });
  return new Map(rows.map((row) => [row.did, row.legalName]));
}
