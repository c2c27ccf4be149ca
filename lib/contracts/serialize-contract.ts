import type { Prisma } from "@/lib/generated/prisma/client";
import { describeOffer } from "./offers/describe-offer";
import { portalOffer } from "./offers/offer-model";
import { nextActions, type NegotiationRole } from "./negotiation-transitions";

export const contractInclude = {
  provider: { select: { id: true, legalName: true, did: true, slug: true } },
  consumer: { select: { id: true, legalName: true, did: true, slug: true } },
  selfDescription: { select: { hash: true, projection: { select: { title: true } } } },
  consents: { select: { id: true, status: true, citizenParticipantId: true, decidedAt: true } },
} as const;

type ContractRow = Prisma.ContractRequestGetPayload<{ include: typeof contractInclude }>;
type EventRow = Prisma.ContractEventGetPayload<object>;

const party = (participant: { id: string; legalName: string; did: string; slug: string } | null) =>
  participant ? { id: participant.id, name: participant.legalName, did: participant.did, slug: participant.slug } : null;

/** The public shape of a contract, seen by one of its parties (`roles`: which side the viewer is on). */
export function serializeContract(row: ContractRow, options: { roles: NegotiationRole[]; events?: EventRow[] }) {
  const offer = portalOffer.parse(row.offer);
  return {
    id: row.id,
    providerPid: row.providerPid,
    consumerPid: row.consumerPid,
    state: row.state,
    entry: { hash: row.selfDescription.hash, title: row.selfDescription.projection?.title ?? row.selfDescription.hash },
    provider: party(row.provider),
    consumer: party(row.consumer),
    purpose: row.purpose,
    durationDays: row.durationDays,
    offer,
    offerDescription: describeOffer(offer),
    agreement: row.agreement ?? null,
    consents: row.consents.map((consent) => ({
      id: consent.id,
      status: consent.status,
      citizenParticipantId: consent.citizenParticipantId,
      decidedAt: consent.decidedAt?.toISOString() ?? null,
    })),
    roles: options.roles,
    nextActions: Object.fromEntries(options.roles.map((role) => [role, nextActions({ state: row.state, role })])),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(options.events
      ? {
          events: options.events.map((event) => ({
            id: event.id,
            type: event.type,
            fromState: event.fromState,
            toState: event.toState,
            actorParticipantId: event.actorParticipantId,
            message: event.message,
            at: event.createdAt.toISOString(),
          })),
        }
      : {}),
  };
}

export type SerializedContract = ReturnType<typeof serializeContract>;
