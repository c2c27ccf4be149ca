import { describe, expect, it } from "vitest";
import { DUTIES, EHDS_PURPOSES, labelOf, PROHIBITED_ACTIONS, PSEUDONYMISATION_LEVELS, PURPOSE_IDS, RECIPIENT_TYPES, type Term } from "@/lib/vocabulary";

const LISTS: Record<string, readonly Term[]> = { EHDS_PURPOSES, PSEUDONYMISATION_LEVELS, RECIPIENT_TYPES, PROHIBITED_ACTIONS, DUTIES };

describe("vocabulary labels", () => {
  it.each(Object.entries(LISTS))("%s: unique ids, and words in English and German that differ from the id", (_name, terms) => {
    expect(new Set(terms.map((term) => term.id)).size).toBe(terms.length);
    for (const term of terms) {
      expect(term.label.en.trim(), term.id).not.toBe("");
      expect(term.label.de.trim(), term.id).not.toBe("");
    }
    // German is a translation, not a copy of the English (a few words like "Unternehmen" aside, whole lists never match).
    expect(terms.map((term) => term.label.de)).not.toEqual(terms.map((term) => term.label.en));
  });

  it("labelOf gives the words in the asked language, and an unknown id as it is", () => {
    expect(labelOf(EHDS_PURPOSES, "ScientificResearch")).toBe("Scientific research");
    expect(labelOf(EHDS_PURPOSES, "ScientificResearch", "de")).toBe("Wissenschaftliche Forschung");
    expect(labelOf(EHDS_PURPOSES, "Marketing", "de")).toBe("Marketing");
  });

  it("the id tuples follow the lists' order (the wizard's order)", () => {
    expect(PURPOSE_IDS).toEqual(EHDS_PURPOSES.map((purpose) => purpose.id));
  });
});
