import "server-only";
import type { SqlExecutor } from "@/lib/db/sql-executor";
import { AppError } from "@/lib/errors/app-error";
import { isCatalogueAdmin, type Actor } from "@/lib/auth/actor";
import type { Submission } from "./parse-submission";

export interface Publisher {
  /** The participant recorded as publisher; null only for the bootstrap admin token before any operator organisation exists. */
  participantId: string | null;
  onBehalf: boolean;
}

/**
 * Who publishes: a member (not a citizen) of the issuing organisation, or a catalogue admin who says
 * onBehalf. Runs before any verification work, so a refusal costs one indexed lookup.
 */
export async function authorisePublisher(options: {
  sql: Pick<SqlExecutor, "query">;
  actor: Actor;
  submission: Submission;
  onBehalf: boolean;
}): Promise<Publisher> {
  const { actor, sql } = options;
  const issuer = options.submission.claimedIssuer;
  if (!issuer) throw new AppError("UNPROCESSABLE", { message: "The credential names no issuer.", invalidParams: [{ name: "$.issuer", reason: "required" }] });
  const [issuerParticipant] = await sql.query<{ id: string }>(`SELECT "id" FROM "Participant" WHERE "did" = $1`, [issuer]);
  if (issuerParticipant && actor.memberships.some((m) => m.participantId === issuerParticipant.id && m.role !== "CITIZEN")) {
    return { participantId: issuerParticipant.id, onBehalf: false };
  }
  if (isCatalogueAdmin(actor)) {
    if (!options.onBehalf) {
      throw new AppError("FORBIDDEN", {
        message: `The issuer ${issuer} is not your organisation. Catalogue admins may publish for others only with onBehalf=true.`,
      });
    }
    // The bootstrap admin token may act before any operator organisation exists: then nobody is recorded.
    const adminParticipantId = actor.memberships[0]?.participantId;
    const [adminParticipant] = adminParticipantId
      ? await sql.query<{ id: string }>(`SELECT "id" FROM "Participant" WHERE "id" = $1`, [adminParticipantId])
      : [];
    return { participantId: issuerParticipant?.id ?? adminParticipant?.id ?? null, onBehalf: true };
  }
  throw new AppError("FORBIDDEN", { message: `You may publish only credentials issued by your own organisation; this one is issued by ${issuer}.` });
}
