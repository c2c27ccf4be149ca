import { z } from "zod";

// The one form of the publish wizard → the unsigned credential (DCAT + dataLOFT health vocabulary).
// Pure: the browser builds the preview and the live lint request with it, the server the same
// credential it signs. Purposes are the EHDS Art. 53(1) purposes.

export const PURPOSES = [
  ["PublicHealthInterest", "Public interest in public and occupational health"],
  ["PolicyMaking", "Policy-making and regulation in health or care"],
  ["OfficialStatistics", "Official statistics"],
  ["EducationTeaching", "Education and teaching"],
  ["ScientificResearch", "Scientific research"],
  ["ImprovementOfCare", "Improvement of care delivery"],
] as const;

export const PSEUDONYMISATION_LEVELS = ["Pseudonymised", "Anonymised", "Synthetic", "Identified"] as const;

export const healthDatasetForm = z.object({
  title: z.string().trim().min(3, "Give the dataset a title").max(300),
  description: z.string().trim().max(2000).default(""),
  keywords: z.string().trim().max(500).default(""),
  purposes: z.array(z.enum(PURPOSES.map(([id]) => id) as [string, ...string[]])).default([]),
  pseudonymisation: z.enum(PSEUDONYMISATION_LEVELS).default("Pseudonymised"),
  population: z.string().trim().max(500).default(""),
  codingSystems: z.string().trim().max(500).default(""),
  legalBasis: z.string().trim().max(300).default("http://data.europa.eu/eli/reg/2025/327/oj"),
  accessRights: z.enum(["PUBLIC", "RESTRICTED", "NON_PUBLIC"]).default("RESTRICTED"),
  licence: z.string().trim().max(300).default(""),
  subjectId: z.string().max(200).optional(),
});

export type HealthDatasetForm = z.input<typeof healthDatasetForm>;

const list = (text: string) => text.split(",").map((part) => part.trim()).filter(Boolean);

export function buildHealthDatasetCredential(input: HealthDatasetForm, options: { issuer?: string; subjectId: string }): Record<string, unknown> {
  const form = healthDatasetForm.parse(input);
  const subject: Record<string, unknown> = {
    id: options.subjectId,
    type: "dcat:Dataset",
    "dct:title": form.title,
    ...(form.description ? { "dct:description": form.description } : {}),
    ...(form.keywords ? { "dcat:keyword": list(form.keywords) } : {}),
    "dct:accessRights": { id: `http://publications.europa.eu/resource/authority/access-right/${form.accessRights}` },
    ...(form.licence ? { "dct:license": { id: form.licence } } : {}),
    ...(form.purposes.length ? { purposeOfUse: form.purposes } : {}),
    ...(form.legalBasis ? { legalBasis: [form.legalBasis] } : {}),
    pseudonymisationLevel: form.pseudonymisation,
    healthTheme: ["http://publications.europa.eu/resource/authority/data-theme/HEAL"],
    ...(form.population ? { population: { en: form.population } } : {}),
    ...(form.codingSystems ? { codingSystem: list(form.codingSystems) } : {}),
  };
  return {
    "@context": ["https://www.w3.org/ns/credentials/v2", { dcat: "http://www.w3.org/ns/dcat#", dct: "http://purl.org/dc/terms/" }, "https://w3id.org/dataloft/health/v1"],
    type: ["VerifiableCredential"],
    ...(options.issuer ? { issuer: options.issuer } : {}),
    validFrom: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
    credentialSubject: subject,
  };
}
