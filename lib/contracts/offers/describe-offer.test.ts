import { describe, expect, it } from "vitest";
import { describeOffer } from "./describe-offer";
import { portalOffer } from "./offer-model";

const offer = (constraints: Record<string, unknown>, rest: Record<string, unknown> = {}) =>
  portalOffer.parse({ id: "o", target: "a".repeat(64), assigner: "did:web:p", permission: { constraints }, ...rest });

describe("describeOffer", () => {
  it("says every constraint in one sentence", () => {
    const sentences = describeOffer(
      offer({
        purposes: ["ScientificResearch"],
        maxDurationDays: 365,
        regions: ["EU"],
        recipientTypes: ["ResearchOrganisation"],
        pseudonymisationRequired: true,
      }),
    );
    expect(sentences).toEqual([
      "Use is permitted for scientific research only, for at most 365 days, within the EU, by research organisations, on pseudonymised data.",
    ]);
  });

  it("joins several values with 'or' and adds a sentence per prohibition and duty", () => {
    const sentences = describeOffer(
      offer(
        { purposes: ["ScientificResearch", "OfficialStatistics", "EducationTeaching"], maxDurationDays: 1, regions: ["DE", "AT"] },
        { prohibitions: ["distribute"], obligations: ["delete"] },
      ),
    );
    expect(sentences).toEqual([
      "Use is permitted for scientific research, official statistics or education and teaching only, for at most 1 day, within Germany or Austria.",
      "Passing the data on to third parties is prohibited.",
      "The recipient must delete the data when the permission ends.",
    ]);
  });

  it("an unconstrained offer permits use", () => {
    expect(describeOffer(offer({}))).toEqual(["Use is permitted."]);
  });

  it("speaks German when asked, with the vocabulary's German words", () => {
    const sentences = describeOffer(
      offer(
        {
          purposes: ["ScientificResearch", "EducationTeaching"],
          maxDurationDays: 365,
          regions: ["EU", "NL"],
          recipientTypes: ["ResearchOrganisation"],
          pseudonymisationRequired: true,
        },
        { prohibitions: ["distribute"], obligations: ["delete"] },
      ),
      "de",
    );
    expect(sentences).toEqual([
      "Die Nutzung ist nur für die Zwecke „Wissenschaftliche Forschung“ oder „Aus- und Weiterbildung, Lehre“ erlaubt, für höchstens 365 Tage, in der EU oder den Niederlanden, durch Forschungseinrichtungen, nur mit pseudonymisierten Daten.",
      "Die Weitergabe der Daten an Dritte ist untersagt.",
      "Der Empfänger muss die Daten löschen, wenn die Erlaubnis endet.",
    ]);
  });

  it("names one purpose and one day in German, and a country by its German name", () => {
    expect(describeOffer(offer({ purposes: ["OfficialStatistics"], maxDurationDays: 1, regions: ["DE"] }), "de")).toEqual([
      "Die Nutzung ist nur für den Zweck „Amtliche Statistik“ erlaubt, für höchstens 1 Tag, in Deutschland.",
    ]);
    expect(describeOffer(offer({}), "de")).toEqual(["Die Nutzung ist erlaubt."]);
  });
});
