import { describe, expect, it } from "vitest";
import { nextStepWords, purposeOptions, stateWords } from "./contract-words";

describe("contract words", () => {
  it("name the viewer's next step, termination aside, or whom they wait for", () => {
    expect(nextStepWords({ state: "REQUESTED", roles: ["provider"], nextActions: { provider: ["offer", "agree", "terminate"] } })).toBe(
      "Make a counter-offer or Agree and sign",
    );
    expect(nextStepWords({ state: "REQUESTED", roles: ["consumer"], nextActions: { consumer: ["terminate"] } })).toBe("Waiting for the provider");
    expect(nextStepWords({ state: "TERMINATED", roles: ["consumer"], nextActions: { consumer: [] } })).toBe("Nothing left to do");
  });

  it("never show an enum name for a known state, and offer every purpose when the offer names none", () => {
    expect(stateWords("OFFERED")).toBe("Counter-offered");
    expect(purposeOptions(["ScientificResearch"])).toEqual([["ScientificResearch", "Scientific research"]]);
    expect(purposeOptions([])).toHaveLength(6);
  });
});
