// The vocabulary of the offers the portal supports. Imports nothing at run time, so the wizard's
// credential builder can use it without an import cycle (the purposes themselves are the builder's).

export const DLH = "https://w3id.org/dataloft/health#";
export const ODRL = "http://www.w3.org/ns/odrl/2/";
export const XSD_DURATION = "http://www.w3.org/2001/XMLSchema#duration";

/** EHDS Art. 55 names these as the data users a health data access body may permit. */
export const RECIPIENT_TYPES = [
  ["ResearchOrganisation", "research organisations"],
  ["PublicBody", "public bodies"],
  ["HealthcareProvider", "health-care providers"],
  ["Company", "companies"],
] as const;

/** EU member states (ISO 3166-1 alpha-2; Greece as GR), and the EEA: the EU plus Iceland, Liechtenstein and Norway. */
export const EU_COUNTRIES = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"] as const;
export const EEA_COUNTRIES = [...EU_COUNTRIES, "IS", "LI", "NO"] as const;

/** "EU", "EEA" or an ISO 3166-1 alpha-2 country code. */
export const REGION_PATTERN = /^(EU|EEA|[A-Z]{2})$/;

export const PROHIBITED_ACTIONS = [
  ["distribute", `${ODRL}distribute`, "Passing the data on to third parties is prohibited."],
  ["commercialize", `${ODRL}commercialize`, "Commercial use of the data is prohibited."],
  ["reidentify", `${DLH}reidentify`, "Any attempt to re-identify a person is prohibited."],
] as const;

export const DUTIES = [
  ["attribute", `${ODRL}attribute`, "The recipient must name the provider as the source of the data."],
  ["delete", `${ODRL}delete`, "The recipient must delete the data when the permission ends."],
  ["inform", `${ODRL}inform`, "The recipient must inform the provider of publications based on the data."],
] as const;

/** Left operands of the constraints, as IRIs. */
export const LEFT_OPERANDS = {
  purpose: `${ODRL}purpose`,
  elapsedTime: `${ODRL}elapsedTime`,
  spatial: `${ODRL}spatial`,
  recipientType: `${DLH}recipientType`,
  pseudonymisationRequired: `${DLH}pseudonymisationRequired`,
  dateTime: `${ODRL}dateTime`,
} as const;

/** The last segment of an IRI, compact IRI or term: what the parsers compare. */
export function localName(value: string): string {
  const cut = Math.max(value.lastIndexOf("#"), value.lastIndexOf("/"), value.lastIndexOf(":"));
  return cut >= 0 ? value.slice(cut + 1) : value;
}
