import { DUTIES, EHDS_PURPOSES, labelOf, PROHIBITED_ACTIONS, RECIPIENT_TYPES, type Locale } from "@/lib/vocabulary";
import type { OfferConstraints, PortalOffer } from "./offer-model";

// An offer in plain words, for the entry page, the contract page and the DSP catalogue's reader:
// the permission first, then each prohibition and each duty. The terms' words come from
// lib/vocabulary; only the frame of the sentence is said here, once per language.

// Regions as they follow "within" / "in": German needs the dative article for the EU, the EEA and
// the few countries whose names carry one.
const REGION_NAMES: Record<Locale, Record<string, string>> = {
  en: { EU: "the EU", EEA: "the EEA" },
  de: { EU: "der EU", EEA: "dem EWR", NL: "den Niederlanden", SK: "der Slowakei", CH: "der Schweiz", TR: "der Türkei" },
};
const COUNTRY_NAMES: Record<Locale, Intl.DisplayNames> = {
  en: new Intl.DisplayNames(["en"], { type: "region" }),
  de: new Intl.DisplayNames(["de"], { type: "region" }),
};

/** "the EU", "the EEA", or a country's name in `locale` ("DE" → "Germany" / "Deutschland"). */
function regionWords(region: string, locale: Locale): string {
  const named = REGION_NAMES[locale][region];
  if (named) return named;
  try {
    return COUNTRY_NAMES[locale].of(region) ?? region;
  } catch {
    return region;
  }
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function either(items: string[], locale: Locale): string {
  const or = locale === "de" ? "oder" : "or";
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${or} ${items.at(-1)}`;
}

const FRAME = {
  en: {
    permitted: (purposes: string[]) => (purposes.length ? `Use is permitted for ${either(purposes.map(lowerFirst), "en")} only` : "Use is permitted"),
    days: (days: number) => `for at most ${days} day${days === 1 ? "" : "s"}`,
    within: (regions: string) => `within ${regions}`,
    by: (recipients: string) => `by ${recipients}`,
    pseudonymised: "on pseudonymised data",
    prohibited: (action: string) => `${action} is prohibited.`,
    duty: (action: string) => `The recipient must ${action}.`,
  },
  de: {
    // German purpose labels start with nouns, so they are quoted as names rather than lower-cased.
    permitted: (purposes: string[]) =>
      purposes.length === 0
        ? "Die Nutzung ist erlaubt"
        : `Die Nutzung ist nur für ${purposes.length === 1 ? "den Zweck" : "die Zwecke"} ${either(
            purposes.map((purpose) => `„${purpose}“`),
            "de",
          )} erlaubt`,
    days: (days: number) => `für höchstens ${days} ${days === 1 ? "Tag" : "Tage"}`,
    within: (regions: string) => `in ${regions}`,
    by: (recipients: string) => `durch ${recipients}`,
    pseudonymised: "nur mit pseudonymisierten Daten",
    prohibited: (action: string) => `„${action}“ ist untersagt.`,
    duty: (action: string) => `Der Empfänger muss: „${action}“.`,
  },
} satisfies Record<Locale, unknown>;

export function describePermission(constraints: OfferConstraints, locale: Locale = "en"): string {
  const frame = FRAME[locale];
  const clauses: string[] = [];
  if (constraints.maxDurationDays !== null) clauses.push(frame.days(constraints.maxDurationDays));
  if (constraints.regions.length)
    clauses.push(
      frame.within(
        either(
          constraints.regions.map((region) => regionWords(region, locale)),
          locale,
        ),
      ),
    );
  if (constraints.recipientTypes.length)
    clauses.push(
      frame.by(
        either(
          constraints.recipientTypes.map((type) => labelOf(RECIPIENT_TYPES, type, locale)),
          locale,
        ),
      ),
    );
  if (constraints.pseudonymisationRequired) clauses.push(frame.pseudonymised);
  const permitted = frame.permitted(constraints.purposes.map((purpose) => labelOf(EHDS_PURPOSES, purpose, locale)));
  return `${permitted}${clauses.map((clause) => `, ${clause}`).join("")}.`;
}

/** The offer's sentences in `locale` (English unless told: the DSP catalogue and stored contracts speak English). */
export function describeOffer(offer: Pick<PortalOffer, "permission" | "prohibitions" | "obligations">, locale: Locale = "en"): string[] {
  const frame = FRAME[locale];
  const known = (terms: readonly { id: string }[], id: string) => terms.some((term) => term.id === id);
  return [
    describePermission(offer.permission.constraints, locale),
    ...offer.prohibitions.map((action) => (known(PROHIBITED_ACTIONS, action) ? labelOf(PROHIBITED_ACTIONS, action, locale) : frame.prohibited(action))),
    ...offer.obligations.map((action) => (known(DUTIES, action) ? labelOf(DUTIES, action, locale) : frame.duty(action))),
  ];
}
