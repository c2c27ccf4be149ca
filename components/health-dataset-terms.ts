import type { HealthDatasetForm } from "@/lib/catalogue/build-health-dataset-credential";

// The publish wizard's offer and consent fields as the browser holds them (text and checkboxes),
// and their conversion into the credential builder's input. The browser (preview, live lint) and the
// server action (signed credential) convert the same way.

export interface HealthDatasetTerms {
  offerMaxDurationDays: string;
  offerRegions: string;
  offerRecipientTypes: string[];
  offerPseudonymisationRequired: boolean;
  offerProhibitions: string[];
  offerObligations: string[];
  consentParticipants: string;
  dataTrustee: string;
}

export const EMPTY_TERMS: HealthDatasetTerms = {
  offerMaxDurationDays: "",
  offerRegions: "",
  offerRecipientTypes: [],
  offerPseudonymisationRequired: false,
  offerProhibitions: [],
  offerObligations: [],
  consentParticipants: "",
  dataTrustee: "",
};

const split = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter(Boolean);

export function termsToFormInput(terms: HealthDatasetTerms): Partial<HealthDatasetForm> {
  return {
    offerMaxDurationDays: terms.offerMaxDurationDays.trim() || undefined,
    offerRegions: split(terms.offerRegions),
    offerRecipientTypes: terms.offerRecipientTypes as never,
    offerPseudonymisationRequired: terms.offerPseudonymisationRequired,
    offerProhibitions: terms.offerProhibitions as never,
    offerObligations: terms.offerObligations as never,
    consentParticipants: split(terms.consentParticipants),
    dataTrustee: terms.dataTrustee.trim() || undefined,
  };
}

export function termsFromFormData(formData: FormData): HealthDatasetTerms {
  const text = (name: string) => String(formData.get(name) ?? "");
  const all = (name: string) => formData.getAll(name).map(String);
  return {
    offerMaxDurationDays: text("offerMaxDurationDays"),
    offerRegions: text("offerRegions"),
    offerRecipientTypes: all("offerRecipientTypes"),
    offerPseudonymisationRequired: formData.get("offerPseudonymisationRequired") === "on",
    offerProhibitions: all("offerProhibitions"),
    offerObligations: all("offerObligations"),
    consentParticipants: text("consentParticipants"),
    dataTrustee: text("dataTrustee"),
  };
}
