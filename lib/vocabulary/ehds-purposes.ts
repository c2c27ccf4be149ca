import { idsOf, type Term } from "./label";

// Purposes for which electronic health data may be made available for secondary use: EHDS
// (Regulation (EU) 2025/327) Art. 53(1). The ids are the dlh: concepts of
// standards/shapes/dataloft/health-extension.ttl (dlh:PurposeOfUse), whose sh:in list they must match.

export interface PurposeTerm extends Term {
  /** The point of Art. 53(1) naming the purpose. */
  article: string;
}

export const EHDS_PURPOSES = [
  {
    id: "PublicHealthInterest",
    article: "53(1)(a)",
    label: {
      en: "Public interest in public and occupational health",
      de: "Öffentliches Interesse im Bereich der öffentlichen Gesundheit und des Arbeitsschutzes",
    },
  },
  {
    id: "PolicyMaking",
    article: "53(1)(b)",
    label: { en: "Policy-making and regulation in health or care", de: "Politikgestaltung und Regulierung im Gesundheits- oder Pflegebereich" },
  },
  { id: "OfficialStatistics", article: "53(1)(c)", label: { en: "Official statistics", de: "Amtliche Statistik" } },
  { id: "EducationTeaching", article: "53(1)(d)", label: { en: "Education and teaching", de: "Aus- und Weiterbildung, Lehre" } },
  { id: "ScientificResearch", article: "53(1)(e)", label: { en: "Scientific research", de: "Wissenschaftliche Forschung" } },
  { id: "ImprovementOfCare", article: "53(1)(f)", label: { en: "Improvement of care delivery", de: "Verbesserung der Gesundheitsversorgung" } },
] as const satisfies readonly [PurposeTerm, ...PurposeTerm[]];

export type PurposeId = (typeof EHDS_PURPOSES)[number]["id"];

export const PURPOSE_IDS = idsOf(EHDS_PURPOSES);
