import { describe, expect, it } from "vitest";
import { durationWords, eventWords, nextStepWords, purposeOptions, stateWords } from "./contract-words";

describe("contract words", () => {
  it("name the viewer's next step, termination aside, or whom they wait for", () => {
    expect(nextStepWords({ state: "REQUESTED", roles: ["provider"], nextActions: { provider: ["offer", "agree", "terminate"] } }, "en")).toBe(
      "Make a counter-offer or Agree and sign",
    );
    expect(nextStepWords({ state: "REQUESTED", roles: ["consumer"], nextActions: { consumer: ["terminate"] } }, "en")).toBe("Waiting for the provider");
    expect(nextStepWords({ state: "TERMINATED", roles: ["consumer"], nextActions: { consumer: [] } }, "en")).toBe("Nothing left to do");
  });

  it("never show an enum name for a known state, and offer every purpose when the offer names none", () => {
    expect(stateWords("OFFERED", "en")).toBe("Counter-offered");
    expect(purposeOptions(["ScientificResearch"], "en")).toEqual([["ScientificResearch", "Scientific research"]]);
    expect(purposeOptions([])).toHaveLength(6);
  });

  it("speak German to a German reader", () => {
    expect(stateWords("OFFERED", "de")).toBe("Gegenangebot erhalten");
    expect(nextStepWords({ state: "REQUESTED", roles: ["provider"], nextActions: { provider: ["offer", "agree"] } }, "de")).toBe(
      "Gegenangebot machen oder Zustimmen und signieren",
    );
    expect(purposeOptions(["ScientificResearch"], "de")).toEqual([["ScientificResearch", "Wissenschaftliche Forschung"]]);
    expect(durationWords(1, "de")).toBe("1 Tag");
    expect(durationWords(300, "en")).toBe("300 days");
    expect(durationWords(null, "de")).toBe("keine Dauer angegeben");
  });

  it("name timeline events in both languages, unknown ones as they are", () => {
    expect(eventWords("withdraw-consent", "en")).toBe("withdrew consent, which ended the agreement");
    expect(eventWords("consent.granted", "de")).toBe("hat eingewilligt");
    expect(eventWords("callback.agree", "en")).toBe("sent the agreement to the consumer's connector");
    expect(eventWords("something.new", "en")).toBe("something.new");
    expect(stateWords("SOMETHING", "de")).toBe("something");
  });
});
