import { ACCESS_RIGHTS } from "./access-rights";
import { DATA_THEMES } from "./data-themes";
import { EHDS_PURPOSES } from "./ehds-purposes";
import { labelOf, type Label, type Locale, type Term } from "./label";
import { PSEUDONYMISATION_LEVELS } from "./pseudonymisation-levels";

// The words for values a credential's claims carry as codes or IRIs: EHDS purposes, pseudonymisation
// levels, the EU authority tables, legal acts by their ELI, coding systems. Browser-safe; a value
// nothing here knows gives null and the caller decides how to show it.

/** Legal acts by their European Legislation Identifier (ELI), with the names people use for them. */
const LEGAL_ACTS: Record<string, Label> = {
  "reg/2025/327": { en: "EHDS Regulation (EU) 2025/327", de: "EHDS-Verordnung (EU) 2025/327" },
  "reg/2016/679": { en: "GDPR, Regulation (EU) 2016/679", de: "DSGVO, Verordnung (EU) 2016/679" },
  "reg/2022/868": { en: "Data Governance Act, Regulation (EU) 2022/868", de: "Daten-Governance-Rechtsakt, Verordnung (EU) 2022/868" },
  "reg/2023/2854": { en: "Data Act, Regulation (EU) 2023/2854", de: "Datenverordnung, Verordnung (EU) 2023/2854" },
  "reg/2024/1689": { en: "AI Act, Regulation (EU) 2024/1689", de: "KI-Verordnung, Verordnung (EU) 2024/1689" },
};

/** Coding systems health datasets name (HealthDCAT-AP healthdcatap:hasCodingSystem), by the IRI's start. */
const CODING_SYSTEMS: [RegExp, string][] = [
  [/^https?:\/\/snomed\.info\/sct/, "SNOMED CT"],
  [/^https?:\/\/loinc\.org/, "LOINC"],
  [/^https?:\/\/id\.who\.int\/icd\/release\/10/, "ICD-10"],
  [/^https?:\/\/id\.who\.int\/icd\/release\/11/, "ICD-11"],
  [/^https?:\/\/(www\.)?whocc\.no\/atc/, "ATC"],
  [/^https?:\/\/hl7\.org\/fhir/, "HL7 FHIR"],
  [/^https?:\/\/(www\.)?ohdsi\.org/, "OMOP CDM"],
];

const AUTHORITY = "http://publications.europa.eu/resource/authority/";

function termOf(terms: readonly Term[], id: string, locale: Locale): string | null {
  return terms.some((term) => term.id === id) ? labelOf(terms, id, locale) : null;
}

function lastSegment(text: string): string {
  return text.slice(Math.max(text.lastIndexOf("#"), text.lastIndexOf("/"), text.lastIndexOf(":")) + 1);
}

/** The words for `value` in `locale`, or null when it is no code or IRI the portal knows. */
export function claimValueWords(value: string, locale: Locale): string | null {
  const eli = /^https?:\/\/data\.europa\.eu\/eli\/([a-z]+\/\d{4}\/\d+)/.exec(value);
  if (eli) return LEGAL_ACTS[eli[1]!]?.[locale] ?? null;
  if (value.startsWith(AUTHORITY) || value.startsWith(AUTHORITY.replace("http:", "https:"))) {
    const [, table, code] = /authority\/([a-z-]+)\/([A-Z0-9_]+)$/.exec(value) ?? [];
    if (table === "access-right") return termOf(ACCESS_RIGHTS, code!, locale);
    if (table === "data-theme") return termOf(DATA_THEMES, code!, locale);
    return null;
  }
  for (const [pattern, name] of CODING_SYSTEMS) if (pattern.test(value)) return name;
  const code = lastSegment(value);
  return termOf(EHDS_PURPOSES, code, locale) ?? termOf(PSEUDONYMISATION_LEVELS, code, locale) ?? termOf(ACCESS_RIGHTS, code, locale);
}
