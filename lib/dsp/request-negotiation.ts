import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { getEntryOffers } from "@/lib/contracts/offers/get-entry-offers";
import { parseOdrlOffer } from "@/lib/contracts/offers/parse-odrl-offer";
import type { PortalOffer } from "@/lib/contracts/offers/offer-model";
import { requestContract } from "@/lib/contracts/request-contract";
import { requestContractAgain } from "@/lib/contracts/request-contract-again";
import { findNegotiation } from "./find-negotiation";
import type { ContractRequestMessage } from "./negotiation-parse";

// A DSP ContractRequestMessage names one of the entry's offers by @id and odrl:target (the dataset
// id, i.e. the entry hash). DSP has no field for the purpose or duration: the consumer states them as
// constraints of the offer it sends (odrl:purpose eq …, odrl:elapsedTime lteq P…D); where the
// provider's offer allows one purpose only, or fixes a maximum duration, those apply.

const DEFAULT_DURATION_DAYS = 365;

function requestedTerms(sent: PortalOffer, offered: PortalOffer) {
  const stated = sent.permission.constraints.purposes;
  const allowed = offered.permission.constraints.purposes;
  const purpose = stated.length === 1 ? stated[0] : allowed.length === 1 && !stated.length ? allowed[0] : undefined;
  if (!purpose)
    throw new AppError("BAD_REQUEST", {
      message: "State the purpose of use as one odrl:purpose constraint of the offer (e.g. eq https://w3id.org/dataloft/health#ScientificResearch).",
    });
  return { purpose, durationDays: sent.permission.constraints.maxDurationDays ?? offered.permission.constraints.maxDurationDays ?? DEFAULT_DURATION_DAYS };
}

/** POST /dsp/negotiations/request: a new negotiation; the callback address is stored, never called. */
export async function requestNegotiation(options: { actor: Actor | null; message: ContractRequestMessage; requestId?: string }) {
  const { message } = options;
  const target = parseOdrlOffer(message.offer, { target: "0".repeat(64), assigner: "-", fallbackId: "-" });
  const hash = target.declaredTarget ?? "";
  if (!/^[0-9a-f]{64}$/.test(hash)) throw new AppError("BAD_REQUEST", { message: "The offer's odrl:target must be a dataset id of this catalogue." });
  const { offers } = await getEntryOffers({ hash });
  const offered = offers.find((offer) => offer.id === target.declaredId);
  if (!offered)
    throw new AppError("BAD_REQUEST", {
      message: `The dataset has no offer ${target.declaredId ?? "(no @id)"}; known: ${offers.map((offer) => offer.id).join(", ") || "none"}.`,
    });
  const terms = requestedTerms(target.offer, offered);
  const contract = await requestContract({
    actor: options.actor,
    input: { selfDescriptionHash: hash, offerId: offered.id, ...terms },
    protocol: { consumerPid: message.consumerPid, callbackAddress: message.callbackAddress },
    requestId: options.requestId,
  });
  return findNegotiation({ actor: options.actor, providerPid: contract.providerPid });
}

/** POST /dsp/negotiations/{providerPid}/request: the consumer's new request after an offer. */
export async function requestNegotiationAgain(options: { actor: Actor | null; providerPid: string; message: ContractRequestMessage; requestId?: string }) {
  const negotiation = await findNegotiation({ actor: options.actor, providerPid: options.providerPid, consumerPid: options.message.consumerPid });
  const sent = parseOdrlOffer(options.message.offer, { target: "0".repeat(64), assigner: "-", fallbackId: "-" }).offer;
  await requestContractAgain({
    actor: options.actor,
    contractId: negotiation.id,
    input: requestedTerms(sent, negotiation.offer),
    requestId: options.requestId,
  });
  return findNegotiation({ actor: options.actor, providerPid: options.providerPid });
}
