import type { InvalidParam } from "@/lib/errors/app-error";
import type { PortalOffer } from "./offer-model";

/** What a request asks for that the offer does not permit; empty when the request fits. */
export function checkRequestAgainstOffer(offer: PortalOffer, request: { purpose: string; durationDays: number }): InvalidParam[] {
  const { purposes, maxDurationDays } = offer.permission.constraints;
  const problems: InvalidParam[] = [];
  if (purposes.length && !purposes.includes(request.purpose as never)) {
    problems.push({ name: "purpose", reason: `The offer permits only ${purposes.join(", ")}.` });
  }
  if (maxDurationDays !== null && request.durationDays > maxDurationDays) {
    problems.push({ name: "durationDays", reason: `The offer permits at most ${maxDurationDays} days.` });
  }
  return problems;
}
