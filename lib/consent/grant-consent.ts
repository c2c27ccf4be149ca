import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { decideConsent } from "./decide-consent";

/** The citizen (or trustee) grants a pending consent for the request's purpose and recipient. */
export async function grantConsent(options: { actor: Actor | null; consentId: string; requestId?: string }) {
  return decideConsent({ ...options, decision: { from: "PENDING", to: "GRANTED" } });
}
