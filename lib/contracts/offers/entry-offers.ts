import { purposeId, type PortalOffer } from "./offer-model";
import { parseOdrlOffer } from "./parse-odrl-offer";
import { localName } from "@/lib/vocabulary";

// The offers of a catalogue entry. An explicit offer declared in the credential (odrl:hasPolicy on
// the described resource) wins; an explicit offer the portal cannot enforce is left out rather than
// replaced by a broader default. Without explicit offers, the default offer permits use for exactly
// the purposes the entry declares (none declared: any purpose; only unknown ones: no offer).

export interface OfferableEntry {
  hash: string;
  issuerDid: string;
  purposes: string[];
  /** The credential subjects as stored in the projection (claims), if any. */
  claims?: unknown;
}

type Json = Record<string, unknown>;

export const defaultOfferId = (hash: string) => `urn:dataloft:offer:${hash}:default`;

function declaredPolicies(claims: unknown): unknown[] {
  const subjects = (Array.isArray(claims) ? claims : [claims]).filter((subject): subject is Json => !!subject && typeof subject === "object");
  return subjects.flatMap((subject) =>
    Object.entries(subject).flatMap(([key, value]) => (localName(key) === "hasPolicy" ? (Array.isArray(value) ? value : [value]) : [])),
  );
}

export function defaultEntryOffer(entry: OfferableEntry): PortalOffer | null {
  const known = entry.purposes.map(localName).filter((purpose) => purposeId.safeParse(purpose).success) as PortalOffer["permission"]["constraints"]["purposes"];
  if (entry.purposes.length > 0 && known.length === 0) return null;
  return {
    id: defaultOfferId(entry.hash),
    target: entry.hash,
    assigner: entry.issuerDid,
    permission: { action: "use", constraints: { purposes: known, maxDurationDays: null, regions: [], recipientTypes: [], pseudonymisationRequired: false } },
    prohibitions: [],
    obligations: [],
  };
}

export function entryOffers(entry: OfferableEntry): PortalOffer[] {
  const declared = declaredPolicies(entry.claims);
  if (declared.length === 0) {
    const offer = defaultEntryOffer(entry);
    return offer ? [offer] : [];
  }
  return declared.flatMap((policy, index) => {
    try {
      return [parseOdrlOffer(policy, { target: entry.hash, assigner: entry.issuerDid, fallbackId: `urn:dataloft:offer:${entry.hash}:${index + 1}` }).offer];
    } catch {
      // Unsupported terms: this offer cannot be requested here (see the header comment).
      return [];
    }
  });
}
