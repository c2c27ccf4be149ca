import "server-only";
import { db, getDatabase } from "@/lib/db";
import type { SqlExecutor } from "@/lib/db/sql-executor";
import { AppError } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/db/is-unique-violation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { authorisePublisher, type Publisher } from "./authorise-publisher";
import { entryRows } from "./entry-create-data";
import { parseSubmission } from "./parse-submission";
import { checkSubmission } from "@/lib/pipeline/check-submission";
import type { PipelineServices } from "@/lib/pipeline/pipeline-services";
import { refusalOf } from "@/lib/pipeline/refusal-of";
import { serializeEntry } from "./serialize-entry";
import { storeEntry } from "./store-entry";

export { VERIFIER_VERSION } from "./entry-create-data";

export interface PublishOptions {
  actor: Actor | null;
  text: string;
  contentType: string | null;
  services: PipelineServices;
  /** Catalogue admins publishing a credential of another participant must say so; it is audited. */
  onBehalf?: boolean;
  requestId?: string;
  now?: Date;
  /** The request's signal: a client that went away stops its check. */
  signal?: AbortSignal;
}

/**
 * parse → authorise → check (the one pipeline, lib/pipeline) → store (the one store, store-entry.ts). The same document again returns
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
  if (storedOrigin === "PEER")
    return {
      created: false,
      entry: await adoptHarvestedEntry({
        hash: submission.hash,
        publisher,
        actor: options.actor,
        requestId: options.requestId,
        now: options.now ?? new Date(),
      }),
    };
  const outcome = await checkSubmission(submission, options.services, { failFast: true, projection: true, signal: options.signal });
  const refusal = refusalOf(outcome);
  if (refusal) throw refusal.error;
  const { verification, validation, projection } = outcome;
  if (!verification || !validation || !projection) throw new AppError("INTERNAL", { message: "The pipeline returned no verdict for a full check." });
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
    stored = await storeEntry({
      sql,
      rows,
      deprecatePredecessors: true,
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
    entry: serializeEntry({
      ...selfDescription,
      previousHash: stored.previousHash,
      projection: storedProjection,
      verification: storedVerification,
      validations: [storedValidation],
    }),
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
