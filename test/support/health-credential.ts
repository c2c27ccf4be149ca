import type { PurposeId } from "@/lib/vocabulary";
import { randomUUID } from "node:crypto";
import { buildHealthDatasetCredential } from "@/lib/catalogue/build-health-dataset-credential";

/** An unsigned health dataset credential as the publish wizard builds it (DCAT + dataLOFT health terms). */
export function unsignedHealthDataset(options: { title: string; description: string; purposes?: PurposeId[]; subjectId?: string }): Record<string, unknown> {
  return buildHealthDatasetCredential(
    {
      title: options.title,
      description: options.description,
      keywords: "hypertension, home monitoring",
      purposes: options.purposes ?? ["ScientificResearch"],
      pseudonymisation: "Pseudonymised",
      population: "Adults measuring their blood pressure at home",
      codingSystems: "http://loinc.org",
    },
    { subjectId: options.subjectId ?? `urn:uuid:${randomUUID()}` },
  );
}
