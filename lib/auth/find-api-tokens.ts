import "server-only";
import { db } from "@/lib/db";
import { assertCanActFor, type Actor } from "./actor";
import { serializeApiToken } from "./create-api-token";

export async function findApiTokens(options: { actor: Actor | null; participantId: string }) {
  assertCanActFor(options.actor, options.participantId, "admin");
  const tokens = await db().apiToken.findMany({ where: { participantId: options.participantId }, orderBy: { createdAt: "desc" } });
  return tokens.map(serializeApiToken);
}
