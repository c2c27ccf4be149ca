import { describe, expect, it } from "vitest";
import { textInLanguage } from "./text-in-language";

const subject = {
  "dct:title": [
    { "@value": "Schlafstudie", "@language": "de-DE" },
    { "@value": "Sleep study", "@language": "en" },
  ],
  "http://purl.org/dc/terms/description": { "@value": "Polysomnographie", "@language": "de" },
  name: "Plain name",
};

describe("textInLanguage", () => {
  it("finds the value in the reader's language, by local name and language prefix", () => {
    expect(textInLanguage([subject], ["title"], "de")).toBe("Schlafstudie");
    expect(textInLanguage([subject], ["title"], "en")).toBe("Sleep study");
    expect(textInLanguage([subject], ["description"], "de")).toBe("Polysomnographie");
  });

  it("is null when no value carries that language (untagged strings included)", () => {
    expect(textInLanguage([subject], ["description"], "en")).toBeNull();
    expect(textInLanguage([subject], ["name"], "en")).toBeNull();
    expect(textInLanguage([], ["title"], "de")).toBeNull();
  });
});
