import { z } from "zod";
import { MAX_DURATION_DAYS, offerChanges, purposeId } from "./offers/offer-model";

// The contracts API's inputs, shared by the route handlers, the OpenAPI document and the lib functions.

export const contractRequestInput = z.object({
  selfDescriptionHash: z.string().regex(/^[0-9a-f]{64}$/, "A catalogue entry hash (64 hex digits)"),
  offerId: z.string().min(1).max(500),
  purpose: purposeId,
  durationDays: z.coerce.number().int().min(1).max(MAX_DURATION_DAYS),
  /** The organisation requesting; may be left out when the actor acts for exactly one. */
  consumerParticipantId: z.string().optional(),
});

/** A new request on an existing negotiation after the provider's (counter-)offer. */
export const contractRequestAgainInput = z.object({
  purpose: purposeId.optional(),
  durationDays: z.coerce.number().int().min(1).max(MAX_DURATION_DAYS).optional(),
});

export const contractOfferInput = offerChanges;

export const contractTerminateInput = z.object({ reason: z.string().trim().max(500).optional() });

export const contractIdParams = z.object({ id: z.string().min(1).max(100) });
