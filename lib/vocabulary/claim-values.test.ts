import { describe, expect, it } from "vitest";
import { claimValueWords } from "./claim-values";

describe("claimValueWords", () => {
  it("names legal acts by their ELI in both languages", () => {
    expect(claimValueWords("http://data.europa.eu/eli/reg/2025/327/oj", "en")).toBe("EHDS Regulation (EU) 2025/327");
    expect(claimValueWords("http://data.europa.eu/eli/reg/2016/679/oj", "de")).toBe("DSGVO, Verordnung (EU) 2016/679");
    expect(claimValueWords("http://data.europa.eu/eli/reg/1999/1/oj", "en")).toBeNull();
  });

  it("reads the EU authority tables and the EHDS vocabularies", () => {
    expect(claimValueWords("http://publications.europa.eu/resource/authority/access-right/RESTRICTED", "de")).toBe("Eingeschränkt");
    expect(claimValueWords("http://publications.europa.eu/resource/authority/data-theme/HEAL", "en")).toBe("Health");
    expect(claimValueWords("EducationTeaching", "de")).toBe("Aus- und Weiterbildung, Lehre");
    expect(claimValueWords("https://w3id.org/dataloft/health#ScientificResearch", "en")).toBe("Scientific research");
    expect(claimValueWords("Synthetic", "de")).not.toBeNull();
  });

  it("names coding systems and knows when it knows nothing", () => {
    expect(claimValueWords("http://snomed.info/sct", "en")).toBe("SNOMED CT");
    expect(claimValueWords("http://loinc.org", "de")).toBe("LOINC");
    expect(claimValueWords("https://example.org/some/thing", "en")).toBeNull();
    expect(claimValueWords("plain words", "en")).toBeNull();
  });
});
