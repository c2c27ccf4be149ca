import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { catalogueWords } from "./catalogue-words";

describe("catalogue codes in words", () => {
  const en = catalogueWords("en", MESSAGES.en.catalogue);
  const de = catalogueWords("de", MESSAGES.de.catalogue);

  it("names entry types, statuses and origins in the reader's language", () => {
    expect([en.type("Dataset"), en.type("ServiceOffering"), en.type("LegalPerson")]).toEqual(["Dataset", "Service offering", "Participant"]);
    expect([de.type("Dataset"), de.type("ServiceOffering"), de.type("LegalPerson")]).toEqual(["Datensatz", "Dienstangebot", "Teilnehmer"]);
    expect([en.status("ACTIVE"), de.status("revoked")]).toEqual(["Active", "Widerrufen"]);
    expect([en.origin("PEER"), de.origin("LOCAL")]).toEqual(["Harvested from peers", "Auf diesem Knoten veröffentlicht"]);
  });

  it("takes vocabulary terms from lib/vocabulary", () => {
    expect([en.purpose("ScientificResearch"), de.purpose("ScientificResearch")]).toEqual(["Scientific research", "Wissenschaftliche Forschung"]);
    expect([en.pseudonymisation("Synthetic"), de.pseudonymisation("Synthetic")]).toEqual(["Synthetic", "Synthetisch"]);
    expect([en.accessRights("NON_PUBLIC"), de.accessRights("RESTRICTED")]).toEqual(["Non-public", "Eingeschränkt"]);
    expect([en.theme("HEAL"), de.theme("HEAL")]).toEqual(["Health", "Gesundheit"]);
    expect([en.trustFramework("gaia-x-22.10"), de.trustFramework("dataloft-health")]).toEqual(["Gaia-X 22.10", "dataLOFT-Gesundheitserweiterung"]);
  });

  it("names licences by their short names", () => {
    expect(en.licence("https://creativecommons.org/licenses/by/4.0/")).toBe("CC BY 4.0");
    expect(en.licence("http://creativecommons.org/licenses/by-nc-sa/4.0/legalcode")).toBe("CC BY-NC-SA 4.0");
    expect(en.licence("https://creativecommons.org/publicdomain/zero/1.0/")).toBe("CC0 1.0");
    expect(en.licence("https://spdx.org/licenses/MIT.html")).toBe("MIT");
    expect(en.licence("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0")).toBe("CC BY 4.0");
    expect(en.licence("Nutzung nur nach Vertrag")).toBe("Nutzung nur nach Vertrag");
  });

  it("shows a code it does not know as it is", () => {
    expect([en.type("toString"), de.status("UNKNOWN"), en.theme("Cardiovascular"), en.trustFramework("gx-loire")]).toEqual([
      "toString",
      "UNKNOWN",
      "Cardiovascular",
      "gx-loire",
    ]);
  });
});
