import "server-only";
import { db, getDatabase } from "@/lib/db";
import type { SqlExecutor } from "@/lib/db/sql-executor";
import { AppError } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { authorisePublisher, type Publisher } from "./authorise-publisher";
import { deriveProjection } from "./derive-projection";
import { entryRows } from "./entry-create-data";
import { parseSubmission } from "./parse-submission";
import type { PublishServices } from "./publish-services";
import { serializeEntry } from "./serialize-entry";
import { storePublishedEntry } from "./store-published-entry";

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
 * parse → authorise → verify → validate → store (one SQL statement). The same document again returns
 * the stored entry (created: false) and never a second row. A refusal stores nothing.
 */
export async function publishSelfDescription(options: PublishOptions) {
  if (!options.actor) throw new AppError("UNAUTHENTICATED", { message: "Publishing needs a participant's API token or a signed-in member." });
  const submission = parseSubmission({ text: options.text, contentType: options.contentType });
  // The hot path goes through the raw SQL executor: every Prisma call compiles its query first, which
  // cost more than the statements themselves (docs/BENCHMARKS.md, publish throughput).
  const { sql } = getDatabase();

  const storedOrigin = await findStoredOrigin(sql, submission.hash);
  if (storedOrigin === "LOCAL") {
    const existing = await findEntry(submission.hash);
    if (existing) return { created: false, entry: existing };
  }

  const publisher = await authorisePublisher({ sql, actor: options.actor, submission, onBehalf: options.onBehalf ?? false });
  // A copy harvested from a peer becomes this node's own entry: local publishes win over harvested ones.
  if (storedOrigin === "PEER") return { created: false, entry: await adoptHarvestedEntry({ hash: submission.hash, publisher, actor: options.actor, requestId: options.requestId, now: options.now ?? new Date() }) };
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
  const providerNames = await knownParticipantNames(sql, credentials);
  const projection = deriveProjection({ credentials, trustFramework: validation.trustFramework, providerNames });
  const rows = entryRows({
    submission,
    verification,
    validation,
    projection,
    now: options.now ?? new Date(),
    origin: "LOCAL",
    publishedById: publisher.participantId,
    publishedOnBehalf: publisher.onBehalf,
  });

  let stored;
  try {
    stored = await storePublishedEntry({
      sql,
      rows,
      audit: {
        action: publisher.onBehalf ? "self-description.published-on-behalf" : "self-description.published",
        actor: options.actor,
        actorParticipantId: publisher.participantId,
        requestId: options.requestId,
      },
    });
  } catch (error) {
    // A parallel identical publish won the race: answer with its row, as for a re-post.
    if (isUniqueViolation(error)) {
      const raced = await findEntry(submission.hash);
      if (raced) return { created: false, entry: raced };
    }
    throw error;
  }
  // The answer is made from the rows just written (entryRows decided every value), not re-read.
  const { selfDescription, projection: storedProjection, verification: storedVerification, validation: storedValidation } = rows;
  return {
    created: true,
    entry: serializeEntry({ ...selfDescription, previousHash: stored.previousHash, projection: storedProjection, verification: storedVerification, validations: [storedValidation] }),
  };
}

async function adoptHarvestedEntry(options: { hash: string; publisher: Publisher; actor: Actor; requestId?: string; now: Date }) {
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

async function findStoredOrigin(sql: SqlExecutor, hash: string): Promise<"LOCAL" | "PEER" | null> {
  const [row] = await sql.query<{ origin: "LOCAL" | "PEER" }>(`SELECT "origin"::text AS "origin" FROM "SelfDescription" WHERE "hash" = $1`, [hash]);
  return row?.origin ?? null;
}

async function knownParticipantNames(sql: SqlExecutor, credentials: Record<string, unknown>[]): Promise<Map<string, string>> {
  const dids = new Set<string>();
  for (const credential of credentials) {
    const issuer = credential.issuer;
    if (typeof issuer === "string") dids.add(issuer);
  }
  if (dids.size === 0) return new Map();
  const rows = await sql.query<{ did: string; legalName: string }>(`SELECT "did", "legalName" FROM "Participant" WHERE "did" = ANY($1::text[])`, [[...dids]]);
  return new Map(rows.map((row) => [row.did, row.legalName]));
}
