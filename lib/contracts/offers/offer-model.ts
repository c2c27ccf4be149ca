import { z } from "zod";
import { DUTY_IDS, PROHIBITED_ACTION_IDS, PURPOSE_IDS, RECIPIENT_TYPE_IDS, REGION_PATTERN } from "@/lib/vocabulary";

// The ODRL offers the portal supports: one permission to use, with constraints on purpose (EHDS
// Art. 53(1)), duration, region, recipient type and pseudonymisation; prohibitions; duties. Anything
// richer an external party sends is refused rather than half understood.

export const purposeId = z.enum(PURPOSE_IDS);
export const recipientType = z.enum(RECIPIENT_TYPE_IDS);
export const region = z.string().trim().toUpperCase().regex(REGION_PATTERN, "Use EU, EEA or a two-letter country code");
export const prohibitedAction = z.enum(PROHIBITED_ACTION_IDS);
export const duty = z.enum(DUTY_IDS);

export const MAX_DURATION_DAYS = 3650;

export const offerConstraints = z.object({
  /** Empty: any purpose the catalogue knows. */
  purposes: z.array(purposeId).default([]),
  maxDurationDays: z.number().int().min(1).max(MAX_DURATION_DAYS).nullable().default(null),
  regions: z.array(region).default([]),
  recipientTypes: z.array(recipientType).default([]),
  pseudonymisationRequired: z.boolean().default(false),
});

export const portalOffer = z.object({
  id: z.string().min(1).max(500),
  /** The catalogue entry (SelfDescription hash) the offer is for. */
  target: z.string().regex(/^[0-9a-f]{64}$/),
  /** The provider's DID. */
  assigner: z.string().min(1),
  permission: z.object({ action: z.literal("use").default("use"), constraints: offerConstraints }),
  prohibitions: z.array(prohibitedAction).default([]),
  obligations: z.array(duty).default([]),
});

export type PurposeId = z.infer<typeof purposeId>;
export type RecipientType = z.infer<typeof recipientType>;
export type OfferConstraints = z.infer<typeof offerConstraints>;
export type PortalOffer = z.infer<typeof portalOffer>;

/** What a provider may change in a counter-offer; unset fields keep the current offer's value. */
// Written out rather than offerConstraints.partial(): zod keeps the defaults of partial fields, which
// would reset every term the provider did not mention.
export const offerChanges = z.object({
  purposes: z.array(purposeId).optional(),
  maxDurationDays: z.number().int().min(1).max(MAX_DURATION_DAYS).nullable().optional(),
  regions: z.array(region).optional(),
  recipientTypes: z.array(recipientType).optional(),
  pseudonymisationRequired: z.boolean().optional(),
  prohibitions: z.array(prohibitedAction).optional(),
  obligations: z.array(duty).optional(),
});
export type OfferChanges = z.infer<typeof offerChanges>;

export function applyOfferChanges(offer: PortalOffer, changes: OfferChanges, id: string): PortalOffer {
  const { prohibitions, obligations, ...constraints } = changes;
  const defined = Object.fromEntries(Object.entries(constraints).filter(([, value]) => value !== undefined));
  return portalOffer.parse({
    ...offer,
    id,
    permission: { action: "use", constraints: { ...offer.permission.constraints, ...defined } },
    prohibitions: prohibitions ?? offer.prohibitions,
    obligations: obligations ?? offer.obligations,
  });
}
