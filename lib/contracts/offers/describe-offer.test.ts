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
});
