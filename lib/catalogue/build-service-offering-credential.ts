import { z } from "zod";
import { credentialOffer } from "@/lib/contracts/offers/odrl-offer";
import { PURPOSE_IDS, RECIPIENT_TYPE_IDS, REGION_PATTERN } from "@/lib/vocabulary";

// The publish wizard's service offering → an unsigned Gaia-X 22.10 ServiceOffering credential. Pure:
// the browser builds the preview and the live lint request with it, the server the credential it signs.
// 22.10 rather than Loire on purpose: a Loire offering's gx:providedBy must point at a gx:LegalPerson
// inside the same graph (sh:class), which a single published credential cannot satisfy, whereas 22.10
// checks the provider's presence and the issuer rule names a missing participant credential as a warning.

export const GX_2210_CONTEXT = "https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#";

export const REQUEST_TYPES = ["API", "email", "webform", "unregisteredLetter", "registeredLetter", "supportCenter"] as const;
export const ACCESS_TYPES = ["digital", "physical"] as const;
export const DATA_PROTECTION_REGIMES = ["GDPR2016", "LGPD2019", "PDPA2012", "CCPA2018", "VCDPA2021"] as const;

export const SERVICE_OFFERING_DEFAULTS = {
  policy: "Access only under a contract agreed through the dataLOFT contract flow; processing limited to the agreed EHDS purposes.",
  requestType: "API",
  accessType: "digital",
  formatType: "application/fhir+json",
  dataProtectionRegime: "GDPR2016",
} as const;

const list = (text: string) =>
  text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);

export const serviceOfferingForm = z.object({
  name: z.string().trim().min(3, "Give the service a name").max(300),
  description: z.string().trim().max(2000).default(""),
  keywords: z.string().trim().max(500).default(""),
  /** The providing participant: its DID or the id of its participant credential. Defaults to the issuer. */
  providedBy: z.string().trim().max(500).default(""),
  policy: z.string().trim().max(5000).default(SERVICE_OFFERING_DEFAULTS.policy),
  termsUrl: z.string().trim().max(500).default(""),
  termsHash: z.string().trim().max(128).default(""),
  requestType: z.enum(REQUEST_TYPES).default(SERVICE_OFFERING_DEFAULTS.requestType),
  accessType: z.enum(ACCESS_TYPES).default(SERVICE_OFFERING_DEFAULTS.accessType),
  formatType: z.string().trim().max(200).default(SERVICE_OFFERING_DEFAULTS.formatType),
  dataProtectionRegime: z.enum(DATA_PROTECTION_REGIMES).default(SERVICE_OFFERING_DEFAULTS.dataProtectionRegime),
  endpointUrl: z.string().trim().max(500).default(""),
  // The ODRL offer under which the service can be requested (odrl:hasPolicy): for which purposes, how
  // long, where and by whom. Stated when any purpose or term is set.
  offerPurposes: z.array(z.enum(PURPOSE_IDS)).default([]),
  offerMaxDurationDays: z.coerce.number().int().min(1).max(3650).optional(),
  offerRegions: z.array(z.string().trim().toUpperCase().regex(REGION_PATTERN, "Use EU, EEA or a two-letter country code")).default([]),
  offerRecipientTypes: z.array(z.enum(RECIPIENT_TYPE_IDS)).default([]),
});

export type ServiceOfferingForm = z.input<typeof serviceOfferingForm>;

/**
 * Empty fields are left out rather than invented, so the validator names what is missing (terms and
 * conditions, policy …) in the same words as for an uploaded credential.
 */
export function buildServiceOfferingCredential(
  input: ServiceOfferingForm,
  options: { issuer?: string; subjectId: string; now?: Date },
): Record<string, unknown> {
  const form = serviceOfferingForm.parse(input);
  const provider = form.providedBy || options.issuer;
  const terms = {
    ...(form.termsUrl ? { "gx:URL": form.termsUrl } : {}),
    ...(form.termsHash ? { "gx:hash": form.termsHash.toLowerCase() } : {}),
  };
  const subject: Record<string, unknown> = {
    id: options.subjectId,
    type: "gx:ServiceOffering",
    "gx:name": form.name,
    ...(form.description ? { "gx:description": form.description } : {}),
    ...(form.keywords ? { "gx:keyword": list(form.keywords) } : {}),
    ...(provider ? { "gx:providedBy": { id: provider } } : {}),
    ...(form.policy ? { "gx:policy": form.policy } : {}),
    ...(Object.keys(terms).length ? { "gx:termsAndConditions": terms } : {}),
    "gx:dataAccountExport": { "gx:requestType": form.requestType, "gx:accessType": form.accessType, "gx:formatType": form.formatType },
    "gx:dataProtectionRegime": [form.dataProtectionRegime],
    ...(form.endpointUrl ? { "gx:endpoint": { "gx:endpointURL": form.endpointUrl } } : {}),
  };
  const offer = serviceOffer(form, options.subjectId);
  if (offer) subject["odrl:hasPolicy"] = offer;
  return {
    "@context": ["https://www.w3.org/ns/credentials/v2", GX_2210_CONTEXT, ...(offer ? [{ odrl: "http://www.w3.org/ns/odrl/2/" }] : [])],
    type: ["VerifiableCredential"],
    ...(options.issuer ? { issuer: options.issuer } : {}),
    validFrom: (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z"),
    credentialSubject: subject,
  };
}

function serviceOffer(form: z.output<typeof serviceOfferingForm>, subjectId: string): Record<string, unknown> | null {
  if (!form.offerPurposes.length && form.offerMaxDurationDays === undefined && !form.offerRegions.length && !form.offerRecipientTypes.length) return null;
  return credentialOffer({
    subjectId,
    constraints: {
      purposes: form.offerPurposes as never,
      maxDurationDays: form.offerMaxDurationDays ?? null,
      regions: form.offerRegions,
      recipientTypes: form.offerRecipientTypes as never,
      pseudonymisationRequired: false,
    },
  });
}
