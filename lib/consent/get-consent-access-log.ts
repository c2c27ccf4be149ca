import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { EHDS_PURPOSES, labelOf } from "@/lib/vocabulary";
import { participantsActingFor } from "./consent-parties";

// The citizen's access log: who was granted what, when and why — every event of every contract
// that depends on their consent (requests, offers, agreements, verifications, terminations, and
// their own decisions), oldest first, in words.

const WORDS: Record<string, string> = {
  request: "requested access",
  offer: "received a counter-offer",
  accept: "accepted the offer",
  agree: "was granted access: the agreement was signed",
  verify: "verified the agreement",
  finalize: "holds a finalized agreement",
  terminate: "no longer has access: the negotiation was terminated",
  "withdraw-consent": "lost access: the consent was withdrawn",
  "consent.granted": "was granted consent",
  "consent.refused": "was refused consent",
  "consent.withdrawn": "had the consent withdrawn",
};

export async function getConsentAccessLog(options: { actor: Actor | null }) {
  const participantIds = participantsActingFor(options.actor);
  const consents = await db().consent.findMany({
    where: { OR: [{ citizenParticipantId: { in: participantIds } }, { trusteeParticipantId: { in: participantIds } }], contractRequestId: { not: null } },
    select: { id: true, contractRequestId: true, citizenParticipantId: true },
  });
  const contractIds = [...new Set(consents.map((consent) => consent.contractRequestId!))];
  const events = await db().contractEvent.findMany({
    // Deliveries to a consumer's connector are protocol plumbing, not access decisions.
    where: { contractRequestId: { in: contractIds }, NOT: { type: { startsWith: "callback." } } },
    orderBy: { createdAt: "asc" },
    include: {
      contractRequest: {
        select: {
          id: true,
          purpose: true,
          durationDays: true,
          consumer: { select: { legalName: true, did: true } },
          provider: { select: { legalName: true, did: true } },
          selfDescription: { select: { hash: true, projection: { select: { title: true } } } },
        },
      },
    },
  });
  return {
    items: events.map((event) => {
      const contract = event.contractRequest;
      const recipient = contract.consumer?.legalName ?? "The requester";
      const title = contract.selfDescription.projection?.title ?? contract.selfDescription.hash;
      return {
        at: event.createdAt.toISOString(),
        event: event.type,
        state: event.toState,
        summary: `${recipient} ${WORDS[event.type] ?? event.type} — "${title}" from ${contract.provider.legalName}, for ${lowerFirst(labelOf(EHDS_PURPOSES, contract.purpose))}${contract.durationDays ? `, ${contract.durationDays} days` : ""}.`,
        recipient: contract.consumer ? { name: contract.consumer.legalName, did: contract.consumer.did } : null,
        provider: { name: contract.provider.legalName, did: contract.provider.did },
        entry: { hash: contract.selfDescription.hash, title },
        purpose: contract.purpose,
        durationDays: contract.durationDays,
        contractId: contract.id,
      };
    }),
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
