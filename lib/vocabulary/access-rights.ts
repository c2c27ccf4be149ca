import { idsOf, type Term } from "./label";

// Who may access a dataset: the EU access-right authority table (dct:accessRights of DCAT-AP and
// HealthDCAT-AP), by its codes; http://publications.europa.eu/resource/authority/access-right/RESTRICTED
// is stored as "RESTRICTED". Health data for secondary use is restricted or non-public.

export const ACCESS_RIGHTS = [
  { id: "PUBLIC", label: { en: "Public", de: "Öffentlich" } },
  { id: "RESTRICTED", label: { en: "Restricted", de: "Eingeschränkt" } },
  { id: "NON_PUBLIC", label: { en: "Non-public", de: "Nicht öffentlich" } },
] as const satisfies readonly [Term, ...Term[]];

export type AccessRight = (typeof ACCESS_RIGHTS)[number]["id"];

export const ACCESS_RIGHT_IDS = idsOf(ACCESS_RIGHTS);
