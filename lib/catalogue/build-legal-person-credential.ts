import { z } from "zod";

// The publish wizard's participant → an unsigned Gaia-X Loire (25.11) LegalPerson credential. Pure, as
// the other builders. The registration number travels inside the credential as a typed node: Loire's
// sh:class gx:RegistrationNumber must find it in the same graph, and the portal validates each
// submission on its own. It is self-declared; a notary's credential can be published beside it.

export const GX_LOIRE_CONTEXT = "https://w3id.org/gaia-x/development#";

export const REGISTRATION_KINDS = [
  ["vatID", "VAT identification number"],
  ["leiCode", "LEI code"],
  ["local", "Local (commercial register) number"],
] as const;

const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "Use the two-letter country code, e.g. DE");

export const legalPersonForm = z.object({
  legalName: z.string().trim().min(2, "Give the organisation's legal name").max(300),
  description: z.string().trim().max(2000).default(""),
  registrationKind: z.enum(REGISTRATION_KINDS.map(([id]) => id) as ["vatID", "leiCode", "local"]).default("vatID"),
  registrationNumber: z.string().trim().max(100).default(""),
  countryCode: countryCode.default("DE"),
  streetAddress: z.string().trim().max(300).default(""),
  postalCode: z.string().trim().max(20).default(""),
  locality: z.string().trim().max(200).default(""),
  /** Headquarters elsewhere than the legal address; empty fields mean "the same as the legal address". */
  headquartersCountryCode: z.union([countryCode, z.literal("")]).default(""),
  headquartersLocality: z.string().trim().max(200).default(""),
});

export type LegalPersonForm = z.input<typeof legalPersonForm>;

function registrationNode(kind: "vatID" | "leiCode" | "local", value: string, country: string): Record<string, unknown> {
  switch (kind) {
    case "vatID":
      return { type: "gx:VatID", "gx:vatID": value, "gx:countryCode": country };
    case "leiCode":
      return { type: "gx:LeiCode", "schema:leiCode": value, "gx:countryCode": country };
    case "local":
      return { type: "gx:LocalRegistrationNumber", "gx:local": value };
  }
}

export function buildLegalPersonCredential(input: LegalPersonForm, options: { issuer?: string; subjectId: string; now?: Date }): Record<string, unknown> {
  const form = legalPersonForm.parse(input);
  const legalAddress = {
    type: "gx:Address",
    "gx:countryCode": form.countryCode,
    ...(form.streetAddress ? { "vcard:street-address": form.streetAddress } : {}),
    ...(form.postalCode ? { "vcard:postal-code": form.postalCode } : {}),
    ...(form.locality ? { "vcard:locality": form.locality } : {}),
  };
  const headquarters =
    form.headquartersCountryCode || form.headquartersLocality
      ? {
          type: "gx:Address",
          "gx:countryCode": form.headquartersCountryCode || form.countryCode,
          ...(form.headquartersLocality ? { "vcard:locality": form.headquartersLocality } : {}),
        }
      : legalAddress;
  return {
    "@context": ["https://www.w3.org/ns/credentials/v2", GX_LOIRE_CONTEXT, { vcard: "http://www.w3.org/2006/vcard/ns#", schema: "https://schema.org/" }],
    type: ["VerifiableCredential"],
    ...(options.issuer ? { issuer: options.issuer } : {}),
    validFrom: (options.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z"),
    credentialSubject: {
      id: options.subjectId,
      type: "gx:LegalPerson",
      "schema:name": form.legalName,
      ...(form.description ? { "schema:description": form.description } : {}),
      ...(form.registrationNumber ? { "gx:registrationNumber": registrationNode(form.registrationKind, form.registrationNumber, form.countryCode) } : {}),
      "gx:legalAddress": legalAddress,
      "gx:headquartersAddress": headquarters,
    },
  };
}
