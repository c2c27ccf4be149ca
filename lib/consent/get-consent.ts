import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { decidingParticipant } from "./consent-parties";
import { consentInclude, serializeConsent } from "./serialize-consent";

/** One consent, for its citizen or trustee only. */
export async function getConsent(options: { actor: Actor | null; id: string }) {
  const row = await db().consent.findUnique({ where: { id: options.id }, include: consentInclude });
  if (!row) throw new AppError("NOT_FOUND", { message: "No such consent." });
  decidingParticipant(options.actor, row);
  return serializeConsent(row);
}
