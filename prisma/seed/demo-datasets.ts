import type { PurposeId } from "@/lib/vocabulary";
import { buildHealthDatasetCredential } from "@/lib/catalogue/build-health-dataset-credential";

// Demo self-descriptions of the seeded health data space: health datasets described with DCAT and the
// portal's health vocabulary, signed by their publishers' portal-held keys at seed time.

export interface DemoDataset {
  publisher: string;
  format: "eddsa-rdfc-2022" | "vc-jwt";
  title: string;
  description: string;
  keywords: string[];
  purposes: PurposeId[];
  pseudonymisation: "Pseudonymised" | "Anonymised" | "Synthetic";
  population: string;
  codingSystems: string[];
}

export const DEMO_DATASETS: DemoDataset[] = [
  {
    publisher: "uniklinik-musterstadt",
    format: "eddsa-rdfc-2022",
    title: "Kardiologie-Register: Blutdruckmessungen und Herzinsuffizienz 2015–2025",
    description: "Pseudonymisierte klinische Routinedaten der Kardiologie: Blutdruckmessungen, Diagnosen und Medikation von 48.000 Patientinnen und Patienten.",
    keywords: ["Kardiologie", "Blutdruck", "Herzinsuffizienz"],
    purposes: ["ScientificResearch", "ImprovementOfCare"],
    pseudonymisation: "Pseudonymised",
    population: "Adults treated in the cardiology department, 2015–2025",
    codingSystems: ["http://hl7.org/fhir/sid/icd-10", "http://loinc.org"],
  },
  {
    publisher: "uniklinik-musterstadt",
    format: "eddsa-rdfc-2022",
    title: "Type 2 diabetes follow-up cohort",
    description: "Pseudonymised ten-year follow-up of adults with type 2 diabetes: HbA1c, medication and complications.",
    keywords: ["diabetes", "HbA1c", "cohort"],
    purposes: ["ScientificResearch"],
    pseudonymisation: "Pseudonymised",
    population: "Adults with type 2 diabetes",
    codingSystems: ["http://snomed.info/sct", "http://loinc.org"],
  },
  {
    publisher: "vitawear",
    format: "eddsa-rdfc-2022",
    title: "Home blood-pressure readings from connected monitors",
    description: "Readings uploaded by users of VitaWear blood-pressure monitors who agreed to share them, with time of day and device model.",
    keywords: ["blood pressure", "home monitoring", "consumer devices"],
    purposes: ["ScientificResearch", "PublicHealthInterest"],
    pseudonymisation: "Pseudonymised",
    population: "Adult users of connected blood-pressure monitors in Germany",
    codingSystems: ["http://loinc.org"],
  },
  {
    publisher: "vitawear",
    format: "vc-jwt",
    title: "Daily activity and step counts from fitness trackers",
    description: "Aggregated daily steps, active minutes and resting heart rate from VitaWear trackers.",
    keywords: ["activity", "steps", "wearables"],
    purposes: ["ScientificResearch", "PublicHealthInterest"],
    pseudonymisation: "Anonymised",
    population: "Adult users of VitaWear activity trackers",
    codingSystems: ["http://loinc.org"],
  },
  {
    publisher: "institut-versorgungsforschung",
    format: "eddsa-rdfc-2022",
    title: "Versorgungsatlas Hypertonie nach Landkreisen",
    description: "Anonymisierte regionale Kennzahlen zur Versorgung von Bluthochdruck: Prävalenz, Behandlungsquoten und Facharztdichte.",
    keywords: ["Hypertonie", "Versorgungsforschung", "regional"],
    purposes: ["PublicHealthInterest", "OfficialStatistics", "PolicyMaking"],
    pseudonymisation: "Anonymised",
    population: "Population of Germany by district",
    codingSystems: ["http://hl7.org/fhir/sid/icd-10"],
  },
  {
    publisher: "institut-versorgungsforschung",
    format: "eddsa-rdfc-2022",
    title: "Synthetic patient journeys for teaching",
    description: "Synthetic outpatient and inpatient journeys for teaching health data science; no real person is represented.",
    keywords: ["synthetic data", "teaching"],
    purposes: ["EducationTeaching"],
    pseudonymisation: "Synthetic",
    population: "Synthetic population",
    codingSystems: ["http://snomed.info/sct"],
  },
];

export function demoDatasetCredential(dataset: DemoDataset, subjectId: string): Record<string, unknown> {
  return buildHealthDatasetCredential(
    {
      title: dataset.title,
      description: dataset.description,
      keywords: dataset.keywords.join(", "),
      purposes: dataset.purposes,
      pseudonymisation: dataset.pseudonymisation,
      population: dataset.population,
      codingSystems: dataset.codingSystems.join(", "),
    },
    { subjectId },
  );
}
