import "server-only";
import { db } from "@/lib/db";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { checkRequestAgainstOffer } from "./offers/check-request-against-offer";
import { portalOffer, type PortalOffer } from "./offers/offer-model";
import { contractRequestAgainInput } from "./contract-input";
import { transitionContract } from "./transition-contract";

/**
 * The consumer answers the provider's offer with a new request (OFFERED → REQUESTED), possibly for
 * another purpose or duration, or (over DSP) with an offer of its own, which must stay within the
 * provider's current offer.
 */
export async function requestContractAgain(options: {
  actor: Actor | null;
  contractId: string;
  input: z.input<typeof contractRequestAgainInput>;
  offer?: PortalOffer;
  requestId?: string;
}) {
  const input = contractRequestAgainInput.parse(options.input);
  return transitionContract({
    actor: options.actor,
    contractId: options.contractId,
    action: "request",
    requestId: options.requestId,
    prepare: async (contract) => {
      const current = portalOffer.parse(contract.offer);
      const request = { purpose: input.purpose ?? contract.purpose, durationDays: input.durationDays ?? contract.durationDays ?? 1 };
      const consumer = contract.consumerParticipantId
        ? await db().participant.findUnique({ where: { id: contract.consumerParticipantId }, select: { countryCode: true } })
        : null;
      const problems = checkRequestAgainstOffer(current, { ...request, consumerCountry: consumer?.countryCode ?? null });
      if (problems.length) throw new AppError("UNPROCESSABLE", { message: "The request asks for more than the offer permits.", invalidParams: problems });
      return { data: { purpose: request.purpose, durationDays: request.durationDays }, message: { ...request, offerId: current.id } };
    },
  });
}
