import { DLH, ODRL } from "./namespaces";
import { idsOf, type Term } from "./label";

// The vocabulary of the ODRL offers the portal supports (lib/contracts/offers): who may receive the
// data, where it may be used, what is prohibited, what the recipient must do, and the constraints'
// left operands.

/** EHDS Art. 55 names these as the data users a health data access body may permit. Labels are plural nouns, lower case (they end a sentence). */
export const RECIPIENT_TYPES = [
  { id: "ResearchOrganisation", label: { en: "research organisations", de: "Forschungseinrichtungen" } },
  { id: "PublicBody", label: { en: "public bodies", de: "öffentliche Stellen" } },
  { id: "HealthcareProvider", label: { en: "health-care providers", de: "Gesundheitsdienstleister" } },
  { id: "Company", label: { en: "companies", de: "Unternehmen" } },
] as const satisfies readonly [Term, ...Term[]];

export const RECIPIENT_TYPE_IDS = idsOf(RECIPIENT_TYPES);

/** EU member states (ISO 3166-1 alpha-2; Greece as GR), and the EEA: the EU plus Iceland, Liechtenstein and Norway. */
export const EU_COUNTRIES = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
] as const;
export const EEA_COUNTRIES = [...EU_COUNTRIES, "IS", "LI", "NO"] as const;

/** "EU", "EEA" or an ISO 3166-1 alpha-2 country code. */
export const REGION_PATTERN = /^(EU|EEA|[A-Z]{2})$/;

/** An action with its IRI; its label is the whole sentence shown to people. */
export interface ActionTerm extends Term {
  iri: string;
}

export const PROHIBITED_ACTIONS = [
  {
    id: "distribute",
    iri: `${ODRL}distribute`,
    label: { en: "Passing the data on to third parties is prohibited.", de: "Die Weitergabe der Daten an Dritte ist untersagt." },
  },
  {
    id: "commercialize",
    iri: `${ODRL}commercialize`,
    label: { en: "Commercial use of the data is prohibited.", de: "Die kommerzielle Nutzung der Daten ist untersagt." },
  },
  {
    id: "reidentify",
    iri: `${DLH}reidentify`,
    label: { en: "Any attempt to re-identify a person is prohibited.", de: "Jeder Versuch, eine Person zu re-identifizieren, ist untersagt." },
  },
] as const satisfies readonly [ActionTerm, ...ActionTerm[]];

export const PROHIBITED_ACTION_IDS = idsOf(PROHIBITED_ACTIONS);

export const DUTIES = [
  {
    id: "attribute",
    iri: `${ODRL}attribute`,
    label: { en: "The recipient must name the provider as the source of the data.", de: "Der Empfänger muss den Anbieter als Quelle der Daten nennen." },
  },
  {
    id: "delete",
    iri: `${ODRL}delete`,
    label: { en: "The recipient must delete the data when the permission ends.", de: "Der Empfänger muss die Daten löschen, wenn die Erlaubnis endet." },
  },
  {
    id: "inform",
    iri: `${ODRL}inform`,
    label: {
      en: "The recipient must inform the provider of publications based on the data.",
      de: "Der Empfänger muss den Anbieter über Veröffentlichungen informieren, die auf den Daten beruhen.",
    },
  },
] as const satisfies readonly [ActionTerm, ...ActionTerm[]];

export const DUTY_IDS = idsOf(DUTIES);

/** Left operands of the constraints, as IRIs. */
export const LEFT_OPERANDS = {
  purpose: `${ODRL}purpose`,
  elapsedTime: `${ODRL}elapsedTime`,
  spatial: `${ODRL}spatial`,
  recipientType: `${DLH}recipientType`,
  pseudonymisationRequired: `${DLH}pseudonymisationRequired`,
  dateTime: `${ODRL}dateTime`,
} as const;
