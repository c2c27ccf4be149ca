import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { decideConsent } from "./decide-consent";

/**
 * The citizen (or trustee) refuses a pending consent. The request stays open but can no longer be
 * agreed; the provider sees why and terminates it (a refusal is not a withdrawal of something given).
 */
export async function refuseConsent(options: { actor: Actor | null; consentId: string; reason?: string; requestId?: string }) {
  return decideConsent({ ...options, decision: { from: "PENDING", to: "REFUSED" } });
}
