import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { db } from "@/lib/db";
import { assertCanActFor, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { resolveConsentParties } from "@/lib/consent/resolve-consent-parties";
import { checkRequestAgainstOffer } from "./offers/check-request-against-offer";
import { getEntryOffers } from "./offers/get-entry-offers";
import { checkTransition } from "./negotiation-transitions";
import { contractRequestInput } from "./contract-input";
import { contractEvents } from "./contract-events";
import { getContract } from "./get-contract";
import { ACTING_ROLES } from "./contract-role";
import type { PortalOffer } from "./offers/offer-model";

function consumerOf(actor: Actor | null, requested: string | undefined): string {
  if (!actor) throw new AppError("UNAUTHENTICATED", { message: "Sign in or send a Bearer token." });
  if (requested) return assertCanActFor(actor, requested, "member") && requested;
  const candidates = [
    ...new Set(actor.memberships.filter((membership) => ACTING_ROLES.includes(membership.role)).map((membership) => membership.participantId)),
  ];
  if (candidates.length !== 1) {
    throw new AppError("INVALID_INPUT", {
      message: "Say for which organisation you request.",
      invalidParams: [{ name: "consumerParticipantId", reason: "required when you act for several organisations (or none)" }],
    });
  }
  return candidates[0]!;
}

/** The participant hosted here that issued (or else published) the entry. */
async function providerOf(entry: { issuerDid: string; publishedById: string | null }) {
  const provider =
    (await db().participant.findUnique({ where: { did: entry.issuerDid }, select: { id: true } })) ??
    (entry.publishedById ? await db().participant.findUnique({ where: { id: entry.publishedById }, select: { id: true } }) : null);
  if (!provider) throw new AppError("UNPROCESSABLE", { message: "The provider of this entry is not hosted here; request it from its own connector." });
  return provider.id;
}

/**
 * A consumer requests a contract for a catalogue entry under one of its offers, stating the purpose
 * and duration. Where the entry holds consent-based data, one PENDING consent per citizen is created
 * in the same transaction. Protocol requests (DSP) bring their own consumerPid, callback address and,
 * for a counter-request, the offer as the consumer sent it.
 */
export async function requestContract(options: {
  actor: Actor | null;
  input: z.input<typeof contractRequestInput>;
  requestId?: string;
  protocol?: { consumerPid: string; callbackAddress: string | null; offer?: PortalOffer };
}) {
  const input = contractRequestInput.parse(options.input);
  const consumerId = consumerOf(options.actor, input.consumerParticipantId);
  const { entry, offers } = await getEntryOffers({ hash: input.selfDescriptionHash });
  if (entry.status !== "ACTIVE") throw new AppError("CONFLICT", { message: `The entry is ${entry.status.toLowerCase()}; it cannot be requested.` });
  const offer = options.protocol?.offer ?? offers.find((candidate) => candidate.id === input.offerId);
  if (!offer)
    throw new AppError("INVALID_INPUT", {
      message: "The entry has no such offer.",
      invalidParams: [{ name: "offerId", reason: `known offers: ${offers.map((o) => o.id).join(", ") || "none"}` }],
    });
  const consumer = await db().participant.findUnique({ where: { id: consumerId }, select: { countryCode: true } });
  const problems = checkRequestAgainstOffer(offer, { ...input, consumerCountry: consumer?.countryCode ?? null });
  if (problems.length) throw new AppError("UNPROCESSABLE", { message: "The request asks for more than the offer permits.", invalidParams: problems });
  const providerId = await providerOf(entry);
  if (providerId === consumerId) throw new AppError("UNPROCESSABLE", { message: "An organisation cannot request its own entry." });
  const consent = await resolveConsentParties({ claims: entry.claims });
  const check = checkTransition({ state: "INITIAL", action: "request", role: "consumer" });
  if (!check.allowed) throw new AppError("INTERNAL", { message: check.reason });

  const contract = await db().$transaction(async (tx) => {
    const created = await tx.contractRequest.create({
      data: {
        providerPid: `urn:uuid:${randomUUID()}`,
        consumerPid: options.protocol?.consumerPid ?? `urn:uuid:${randomUUID()}`,
        selfDescriptionHash: entry.hash,
        offerId: offer.id,
        providerParticipantId: providerId,
        consumerParticipantId: consumerId,
        consumerCallbackUrl: options.protocol?.callbackAddress ?? null,
        state: check.to,
        purpose: input.purpose,
        durationDays: input.durationDays,
        offer,
      },
    });
    await tx.contractEvent.create({
      data: {
        contractRequestId: created.id,
        type: "request",
        fromState: null,
        toState: check.to,
        actorParticipantId: consumerId,
        message: { offerId: offer.id, purpose: input.purpose, durationDays: input.durationDays },
      },
    });
    if (consent.citizenIds.length) {
      await tx.consent.createMany({
        data: consent.citizenIds.map((citizenId) => ({
          citizenParticipantId: citizenId,
          trusteeParticipantId: consent.trusteeId,
          recipientParticipantId: consumerId,
          contractRequestId: created.id,
          selfDescriptionHash: entry.hash,
          purpose: input.purpose,
        })),
      });
    }
    await recordAuditEvent(tx, {
      action: "contract.request",
      subjectType: "ContractRequest",
      subjectId: created.id,
      actor: options.actor,
      actorParticipantId: consumerId,
      detail: { entry: entry.hash, offerId: offer.id, purpose: input.purpose, durationDays: input.durationDays, consentsRequested: consent.citizenIds.length },
      requestId: options.requestId,
    });
    return created;
  });
  await contractEvents.emit("contract.moved", { contractId: contract.id, action: "request", role: "consumer" });
  return getContract({ actor: options.actor, id: contract.id });
}
