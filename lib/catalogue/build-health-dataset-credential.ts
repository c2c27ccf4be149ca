import { z } from "zod";
import { credentialOffer } from "@/lib/contracts/offers/odrl-offer";
import {
  DEFAULT_PSEUDONYMISATION_LEVEL,
  DUTY_IDS,
  PROHIBITED_ACTION_IDS,
  PSEUDONYMISATION_LEVEL_IDS,
  PURPOSE_IDS,
  RECIPIENT_TYPE_IDS,
  REGION_PATTERN,
} from "@/lib/vocabulary";

// The one form of the publish wizard → the unsigned credential (DCAT + dataLOFT health vocabulary).
// Pure: the browser builds the preview and the live lint request with it, the server the same
// credential it signs. Purposes are the EHDS Art. 53(1) purposes.

/** GDPR Art. 9(2)(a): explicit consent of the data subject, the legal basis of consent-based data. */
export const CONSENT_LEGAL_BASIS = "http://data.europa.eu/eli/reg/2016/679/art_9/par_2/pnt_a/oj";

const did = z
  .string()
  .trim()
  .regex(/^did:[a-z0-9]+:\S+$/, "Enter a DID, such as did:web:example.org");

export const healthDatasetForm = z.object({
  title: z.string().trim().min(3, "Give the dataset a title").max(300),
  description: z.string().trim().max(2000).default(""),
  keywords: z.string().trim().max(500).default(""),
  purposes: z.array(z.enum(PURPOSE_IDS)).default([]),
  pseudonymisation: z.enum(PSEUDONYMISATION_LEVEL_IDS).default(DEFAULT_PSEUDONYMISATION_LEVEL),
  population: z.string().trim().max(500).default(""),
  codingSystems: z.string().trim().max(500).default(""),
  legalBasis: z.string().trim().max(300).default("http://data.europa.eu/eli/reg/2025/327/oj"),
  accessRights: z.enum(["PUBLIC", "RESTRICTED", "NON_PUBLIC"]).default("RESTRICTED"),
  licence: z.string().trim().max(300).default(""),
  subjectId: z.string().max(200).optional(),
  // An explicit ODRL offer (odrl:hasPolicy): stated when any of these is set; it permits the purposes above.
  offerMaxDurationDays: z.coerce.number().int().min(1).max(3650).optional(),
  offerRegions: z.array(z.string().trim().toUpperCase().regex(REGION_PATTERN, "Use EU, EEA or a two-letter country code")).default([]),
  offerRecipientTypes: z.array(z.enum(RECIPIENT_TYPE_IDS)).default([]),
  offerPseudonymisationRequired: z.boolean().default(false),
  offerProhibitions: z.array(z.enum(PROHIBITED_ACTION_IDS)).default([]),
  offerObligations: z.array(z.enum(DUTY_IDS)).default([]),
  // Consent-based data of named citizens who take part in the portal (and their data trustee, if any).
  consentParticipants: z.array(did).default([]),
  dataTrustee: did.optional(),
});

export type HealthDatasetForm = z.input<typeof healthDatasetForm>;

const list = (text: string) =>
  text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);

type Form = z.output<typeof healthDatasetForm>;

function explicitOffer(form: Form, subjectId: string): Record<string, unknown> | null {
  const stated =
    form.offerMaxDurationDays !== undefined ||
    form.offerRegions.length ||
    form.offerRecipientTypes.length ||
    form.offerPseudonymisationRequired ||
    form.offerProhibitions.length ||
    form.offerObligations.length;
  if (!stated) return null;
  return credentialOffer({
    subjectId,
    constraints: {
      purposes: form.purposes as never,
      maxDurationDays: form.offerMaxDurationDays ?? null,
      regions: form.offerRegions,
      recipientTypes: form.offerRecipientTypes,
      pseudonymisationRequired: form.offerPseudonymisationRequired,
    },
    prohibitions: form.offerProhibitions,
    obligations: form.offerObligations,
  });
}

/** Prefixed dlh: terms (not new context terms): the pinned v1 context is @protected and never edited. */
function consentDeclaration(form: Form): Record<string, unknown> {
  if (!form.consentParticipants.length) return {};
  return {
    "dlh:consentParticipant": [...new Set(form.consentParticipants)].map((participant) => ({ id: participant })),
    ...(form.dataTrustee ? { "dlh:dataTrustee": { id: form.dataTrustee } } : {}),
  };
}

export function buildHealthDatasetCredential(input: HealthDatasetForm, options: { issuer?: string; subjectId: string }): Record<string, unknown> {
  const form = healthDatasetForm.parse(input);
  const offer = explicitOffer(form, options.subjectId);
  const legalBasis = [...(form.legalBasis ? [form.legalBasis] : []), ...(form.consentParticipants.length ? [CONSENT_LEGAL_BASIS] : [])];
  const subject: Record<string, unknown> = {
    id: options.subjectId,
    type: "dcat:Dataset",
    "dct:title": form.title,
    ...(form.description ? { "dct:description": form.description } : {}),
    ...(form.keywords ? { "dcat:keyword": list(form.keywords) } : {}),
    "dct:accessRights": { id: `http://publications.europa.eu/resource/authority/access-right/${form.accessRights}` },
    ...(form.licence ? { "dct:license": { id: form.licence } } : {}),
    ...(form.purposes.length ? { purposeOfUse: form.purposes } : {}),
    ...(legalBasis.length ? { legalBasis } : {}),
    pseudonymisationLevel: form.pseudonymisation,
    healthTheme: ["http://publications.europa.eu/resource/authority/data-theme/HEAL"],
    ...(form.population ? { population: { en: form.population } } : {}),
    ...(form.codingSystems ? { codingSystem: list(form.codingSystems) } : {}),
    ...(offer ? { "odrl:hasPolicy": offer } : {}),
    ...consentDeclaration(form),
  };
  return {
    "@context": [
      "https://www.w3.org/ns/credentials/v2",
      { dcat: "http://www.w3.org/ns/dcat#", dct: "http://purl.org/dc/terms/", ...(offer ? { odrl: "http://www.w3.org/ns/odrl/2/" } : {}) },
      "https://w3id.org/dataloft/health/v1",
    ],
    type: ["VerifiableCredential"],
    ...(options.issuer ? { issuer: options.issuer } : {}),
    validFrom: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
    credentialSubject: subject,
  };
}
