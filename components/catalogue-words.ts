import type { Messages } from "@/lib/i18n/messages";
import { EHDS_PURPOSES, labelOf, PSEUDONYMISATION_LEVELS, type Locale } from "@/lib/vocabulary";
import { ACCESS_RIGHTS } from "@/lib/vocabulary/access-rights";
import { DATA_THEMES } from "@/lib/vocabulary/data-themes";

// The words for the codes a catalogue entry carries (its types, status, origin, purposes, themes …) in
// the reader's language. Vocabulary terms come with their labels from lib/vocabulary; the portal's own
// codes from the catalogue messages. A code neither knows is shown as it is.

type Words = Messages["catalogue"];

/** Message keys cannot hold dots: the trust framework ids by their key in catalogue.trustFrameworks. */
const TRUST_FRAMEWORK_KEYS: Record<string, keyof Words["trustFrameworks"]> = {
  "gaia-x-22.10": "gaiaX2210",
  "gaia-x-25.11": "gaiaX2511",
  "dcat-ap": "dcatAp",
  "healthdcat-ap": "healthDcatAp",
  "dataloft-health": "dataloftHealth",
  "w3c-status-list": "w3cStatusList",
};

/**
 * A licence IRI by the name licences go by ("CC BY 4.0"), for Creative Commons, SPDX and the EU licence
 * authority table; any other licence as it was given.
 */
export function licenceName(iri: string): string {
  const cc = /^https?:\/\/creativecommons\.org\/(?:licenses\/([a-z-]+)|publicdomain\/(zero|mark))\/(\d+\.\d+)/i.exec(iri);
  if (cc) return cc[1] ? `CC ${cc[1].toUpperCase()} ${cc[3]}` : cc[2]!.toLowerCase() === "zero" ? `CC0 ${cc[3]}` : `Public Domain Mark ${cc[3]}`;
  const spdx = /^https?:\/\/spdx\.org\/licenses\/([A-Za-z0-9.+-]+?)(?:\.html)?$/.exec(iri);
  if (spdx) return spdx[1]!;
  const eu = /^https?:\/\/publications\.europa\.eu\/resource\/authority\/licence\/([A-Z0-9_]+)$/.exec(iri);
  if (eu)
    return eu[1]!.replace(/^CC_([A-Z_]+?)_(\d+)_(\d+)$/, (_, kind: string, major: string, minor: string) => `CC ${kind.replace(/_/g, "-")} ${major}.${minor}`);
  return iri;
}

function lookup(table: Record<string, string>, code: string): string {
  return Object.hasOwn(table, code) ? table[code]! : code;
}

export interface CatalogueWords {
  type: (code: string) => string;
  status: (code: string) => string;
  origin: (code: string) => string;
  purpose: (code: string) => string;
  theme: (code: string) => string;
  pseudonymisation: (code: string) => string;
  accessRights: (code: string) => string;
  trustFramework: (code: string) => string;
  licence: (iri: string) => string;
}

/** `words` is the catalogue namespace of the reader's messages (`useMessages().catalogue`). */
export function catalogueWords(locale: Locale, words: Words): CatalogueWords {
  return {
    type: (code) => lookup(words.entryTypes, code),
    status: (code) => lookup(words.statuses, code.toUpperCase()),
    origin: (code) => lookup(words.origins, code),
    purpose: (code) => labelOf(EHDS_PURPOSES, code, locale),
    theme: (code) => labelOf(DATA_THEMES, code, locale),
    pseudonymisation: (code) => labelOf(PSEUDONYMISATION_LEVELS, code, locale),
    accessRights: (code) => labelOf(ACCESS_RIGHTS, code, locale),
    trustFramework: (code) => {
      const key = TRUST_FRAMEWORK_KEYS[code];
      return key ? words.trustFrameworks[key] : code;
    },
    licence: licenceName,
  };
}
