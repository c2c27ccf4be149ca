import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { shownCount, totalValues } from "./result-count";

function describeTotal(total: number, exact: boolean, locale: Locale = "en"): string {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "catalogue.results" });
  return t("total", totalValues(total, exact));
}

describe("result counts", () => {
  it("shows exact totals as they are", () => {
    expect(shownCount(1234, true)).toBe(1234);
    expect(shownCount(0, true)).toBe(0);
  });

  it("rounds estimates to two significant digits", () => {
    expect(shownCount(26_804, false)).toBe(27_000);
    expect(shownCount(1_001, false)).toBe(1_000);
    expect(shownCount(99_383, false)).toBe(99_000);
    expect(shownCount(8_868, false)).toBe(8_900);
    expect(shownCount(7, false)).toBe(7);
  });

  it("says exact totals in English as they are", () => {
    expect(describeTotal(1, true)).toBe("1 entry");
    expect(describeTotal(0, true)).toBe("0 entries");
    expect(describeTotal(23, true)).toBe("23 entries");
    expect(describeTotal(1234, true)).toBe("1,234 entries");
  });

  it("says estimates in English with about", () => {
    expect(describeTotal(26_804, false)).toBe("about 27,000 entries");
    expect(describeTotal(1_001, false)).toBe("about 1,000 entries");
    expect(describeTotal(99_383, false)).toBe("about 99,000 entries");
  });

  it("says totals in German with German digit grouping", () => {
    expect(describeTotal(1, true, "de")).toBe("1 Eintrag");
    expect(describeTotal(23, true, "de")).toBe("23 Einträge");
    expect(describeTotal(1234, true, "de")).toBe("1.234 Einträge");
    expect(describeTotal(26_804, false, "de")).toBe("etwa 27.000 Einträge");
  });

  it("puts the search words after the total as the e2e layout test reads it", () => {
    const en = createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "catalogue.results" });
    expect(en("totalFor", { total: describeTotal(23, true), q: "Wombat" })).toBe("23 entries for “Wombat”");
    const de = createTranslator({ locale: "de", messages: MESSAGES.de, namespace: "catalogue.results" });
    expect(de("totalFor", { total: describeTotal(23, true, "de"), q: "Wombat" })).toBe("23 Einträge für „Wombat“");
  });
});
