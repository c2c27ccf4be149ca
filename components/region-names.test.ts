import { describe, expect, it } from "vitest";
import { countryName, regionNames } from "./region-names";

describe("country and region names in the reader's language", () => {
  it("names a two-letter code in German and in English, whatever its case", () => {
    expect(countryName("DE", "de")).toBe("Deutschland");
    expect(countryName(" de ", "en")).toBe("Germany");
  });

  it("names nothing that is not a two-letter code the browser knows", () => {
    expect(countryName("Germany", "en")).toBeNull();
    expect(countryName("", "de")).toBeNull();
    expect(countryName("XX", "de")).toBeNull();
  });

  it("reads a region list: the EU by Intl, the EEA by the caller's words, unknown entries left out", () => {
    expect(regionNames("eu, EEA DE,XX", "de", "Europäischer Wirtschaftsraum")).toEqual(["Europäische Union", "Europäischer Wirtschaftsraum", "Deutschland"]);
    expect(regionNames("", "en", "European Economic Area")).toEqual([]);
  });
});
