import type { InvalidParam } from "@/lib/errors/app-error";
import type { PortalOffer } from "./offer-model";
import { EEA_COUNTRIES, EU_COUNTRIES } from "@/lib/vocabulary";

/** Whether a country (ISO 3166-1 alpha-2) lies in one of the regions ("EU", "EEA" or a country code). */
export function countryInRegions(country: string, regions: readonly string[]): boolean {
  const code = country.toUpperCase();
  return regions.some(
    (region) =>
      region === code ||
      (region === "EU" && (EU_COUNTRIES as readonly string[]).includes(code)) ||
      (region === "EEA" && (EEA_COUNTRIES as readonly string[]).includes(code)),
  );
}

/**
 * What a request asks for that the offer does not permit; empty when the request fits. The region is
 * checked against the consumer organisation's country; the recipient type is carried into the
 * agreement (the portal does not know what kind of organisation a participant is).
 */
export function checkRequestAgainstOffer(
  offer: PortalOffer,
  request: { purpose: string; durationDays: number; consumerCountry?: string | null },
): InvalidParam[] {
  const { purposes, maxDurationDays, regions } = offer.permission.constraints;
  const problems: InvalidParam[] = [];
  if (purposes.length && !purposes.includes(request.purpose as never)) {
    problems.push({ name: "purpose", reason: `The offer permits only ${purposes.join(", ")}.` });
  }
  if (maxDurationDays !== null && request.durationDays > maxDurationDays) {
    problems.push({ name: "durationDays", reason: `The offer permits at most ${maxDurationDays} days.` });
  }
  if (regions.length && request.consumerCountry !== undefined) {
    if (!request.consumerCountry)
      problems.push({
        name: "consumer.countryCode",
        reason: `The offer permits use only within ${regions.join(", ")}; your organisation's profile names no country.`,
      });
    else if (!countryInRegions(request.consumerCountry, regions))
      problems.push({
        name: "consumer.countryCode",
        reason: `The offer permits use only within ${regions.join(", ")}; your organisation is registered in ${request.consumerCountry}.`,
      });
  }
  return problems;
}
