import { DUTIES, EHDS_PURPOSES, labelOf, PROHIBITED_ACTIONS, RECIPIENT_TYPES } from "@/lib/vocabulary";
import type { OfferConstraints, PortalOffer } from "./offer-model";

// An offer in plain words, for the entry page, the contract page and the DSP catalogue's reader:
// the permission first, then each prohibition and each duty.

const REGION_NAMES: Record<string, string> = { EU: "the EU", EEA: "the EEA" };
const COUNTRY_NAMES = new Intl.DisplayNames(["en"], { type: "region" });

/** "the EU", "the EEA", or a country's English name ("DE" → "Germany"). */
function regionWords(region: string): string {
  if (REGION_NAMES[region]) return REGION_NAMES[region];
  try {
    return COUNTRY_NAMES.of(region) ?? region;
  } catch {
    return region;
  }
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function either(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

export function describePermission(constraints: OfferConstraints): string {
  const parts = ["Use is permitted"];
  if (constraints.purposes.length) parts.push(` for ${either(constraints.purposes.map((purpose) => lowerFirst(labelOf(EHDS_PURPOSES, purpose))))} only`);
  const clauses: string[] = [];
  if (constraints.maxDurationDays !== null) clauses.push(`for at most ${constraints.maxDurationDays} day${constraints.maxDurationDays === 1 ? "" : "s"}`);
  if (constraints.regions.length) clauses.push(`within ${either(constraints.regions.map(regionWords))}`);
  if (constraints.recipientTypes.length) clauses.push(`by ${either(constraints.recipientTypes.map((type) => labelOf(RECIPIENT_TYPES, type)))}`);
  if (constraints.pseudonymisationRequired) clauses.push("on pseudonymised data");
  return `${parts.join("")}${clauses.map((clause) => `, ${clause}`).join("")}.`;
}

export function describeOffer(offer: Pick<PortalOffer, "permission" | "prohibitions" | "obligations">): string[] {
  return [
    describePermission(offer.permission.constraints),
    ...offer.prohibitions.map((action) => PROHIBITED_ACTIONS.find((term) => term.id === action)?.label.en ?? `${action} is prohibited.`),
    ...offer.obligations.map((action) => DUTIES.find((term) => term.id === action)?.label.en ?? `The recipient must ${action}.`),
  ];
}
