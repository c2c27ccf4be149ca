import { idsOf, type Term } from "./label";

// How far records can be linked back to a natural person: the dlh:PseudonymisationLevel concepts of
// standards/shapes/dataloft/health-extension.ttl. The first is the wizard's default; Identified data
// cannot be offered for secondary use (the shapes refuse it).

export const PSEUDONYMISATION_LEVELS = [
  { id: "Pseudonymised", label: { en: "Pseudonymised", de: "Pseudonymisiert" } },
  { id: "Anonymised", label: { en: "Anonymised", de: "Anonymisiert" } },
  { id: "Synthetic", label: { en: "Synthetic", de: "Synthetisch" } },
  { id: "Identified", label: { en: "Identified", de: "Identifizierbar" } },
] as const satisfies readonly [Term, ...Term[]];

export type PseudonymisationLevel = (typeof PSEUDONYMISATION_LEVELS)[number]["id"];

export const PSEUDONYMISATION_LEVEL_IDS = idsOf(PSEUDONYMISATION_LEVELS);

export const DEFAULT_PSEUDONYMISATION_LEVEL: PseudonymisationLevel = PSEUDONYMISATION_LEVELS[0].id;
