import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { applyOfferChanges, portalOffer } from "./offers/offer-model";
import { contractOfferInput } from "./contract-input";
import { transitionContract } from "./transition-contract";

/**
 * The provider's counter-offer (REQUESTED → OFFERED): the current offer with some terms changed,
 * e.g. a shorter duration. It must still permit the requested purpose (to refuse that, terminate);
 * the requested duration shrinks to the new maximum.
 */
export async function offerContract(options: { actor: Actor | null; contractId: string; changes: z.input<typeof contractOfferInput>; requestId?: string }) {
  const changes = contractOfferInput.parse(options.changes);
  return transitionContract({
    actor: options.actor,
    contractId: options.contractId,
    action: "offer",
    requestId: options.requestId,
    prepare: async (contract) => {
      const current = portalOffer.parse(contract.offer);
      const revision = (await countOffers(contract.id)) + 1;
      const offer = applyOfferChanges(current, changes, `urn:dataloft:offer:${contract.id}:${revision}`);
      const purposes = offer.permission.constraints.purposes;
      if (purposes.length && !purposes.includes(contract.purpose as never)) {
        throw new AppError("UNPROCESSABLE", {
          message: "A counter-offer must still permit the requested purpose; terminate the negotiation to refuse it.",
          invalidParams: [{ name: "purposes", reason: `must include ${contract.purpose}` }],
        });
      }
      const max = offer.permission.constraints.maxDurationDays;
      const durationDays = max !== null && contract.durationDays !== null ? Math.min(contract.durationDays, max) : contract.durationDays;
      return { data: { offer, offerId: offer.id, durationDays }, message: { offer, previousOfferId: current.id } };
    },
  });
}

async function countOffers(contractId: string): Promise<number> {
  return db().contractEvent.count({ where: { contractRequestId: contractId, type: "offer" } });
}
