import { describe, expect, it } from "vitest";
import { buildHealthDatasetCredential } from "@/lib/catalogue/build-health-dataset-credential";
import { entryOffers } from "@/lib/contracts/offers/entry-offers";
import { describeOffer } from "@/lib/contracts/offers/describe-offer";
import { EMPTY_TERMS, termsFromFormData, termsToFormInput } from "./health-dataset-terms";

const ERIKA = "did:web:localhost%3A3000:participants:erika-mustermann";

function formData(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("the publish wizard's offer and consent fields", () => {
  it("become the builder's input the same way from the browser's state and from the posted form", () => {
    const posted = termsFromFormData(
      formData([
        ["offerMaxDurationDays", "365"],
        ["offerRegions", "eu, DE"],
        ["offerRecipientTypes", "ResearchOrganisation"],
        ["offerPseudonymisationRequired", "on"],
        ["consentParticipants", `${ERIKA}\n`],
        ["dataTrustee", ""],
      ]),
    );
    expect(posted).toEqual({
      ...EMPTY_TERMS,
      offerMaxDurationDays: "365",
      offerRegions: "eu, DE",
      offerRecipientTypes: ["ResearchOrganisation"],
      offerPseudonymisationRequired: true,
      consentParticipants: `${ERIKA}\n`,
    });
    const subject = buildHealthDatasetCredential(
      { title: "Registry", purposes: ["ScientificResearch"], ...termsToFormInput(posted) },
      { subjectId: "urn:uuid:1" },
    ).credentialSubject as Record<string, unknown>;
    expect(subject["dlh:consentParticipant"]).toEqual([{ id: ERIKA }]);
    expect(subject).not.toHaveProperty("dlh:dataTrustee");
    const [offer] = entryOffers({ hash: "a".repeat(64), issuerDid: "did:web:hospital", purposes: ["ScientificResearch"], claims: [subject] });
    expect(describeOffer(offer!)[0]).toBe(
      "Use is permitted for scientific research only, for at most 365 days, within the EU or Germany, by research organisations, on pseudonymised data.",
    );
  });

  it("states no offer and no consent when the fields are left empty", () => {
    const subject = buildHealthDatasetCredential({ title: "Registry", ...termsToFormInput(EMPTY_TERMS) }, { subjectId: "urn:uuid:1" })
      .credentialSubject as Record<string, unknown>;
    expect(subject).not.toHaveProperty("odrl:hasPolicy");
    expect(subject).not.toHaveProperty("dlh:consentParticipant");
  });
});
