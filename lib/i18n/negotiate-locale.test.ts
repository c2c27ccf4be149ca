import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate-locale";

describe("negotiateLocale", () => {
  it("speaks German to a German browser and English to an English one", () => {
    expect(negotiateLocale({ acceptLanguage: "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7" })).toBe("de");
    expect(negotiateLocale({ acceptLanguage: "en-GB,en;q=0.9" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "de-AT" })).toBe("de");
  });

  it("follows the q-values, not the order", () => {
    expect(negotiateLocale({ acceptLanguage: "en;q=0.5, de;q=0.8" })).toBe("de");
    expect(negotiateLocale({ acceptLanguage: "fr-FR, de;q=0.4, en;q=0.6" })).toBe("en");
  });

  it("skips languages the portal does not speak and refused ones (q=0)", () => {
    expect(negotiateLocale({ acceptLanguage: "fr-FR,fr;q=0.9,de;q=0.3" })).toBe("de");
    expect(negotiateLocale({ acceptLanguage: "de;q=0, en" })).toBe("en");
  });

  it("falls back to English without a usable header", () => {
    expect(negotiateLocale({})).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "fr, it;q=0.5" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: ";;;,q=x" })).toBe("en");
  });

  it("keeps the reader's choice over the browser's", () => {
    expect(negotiateLocale({ cookie: "de", acceptLanguage: "en-US" })).toBe("de");
    expect(negotiateLocale({ cookie: "en", acceptLanguage: "de-DE" })).toBe("en");
    expect(negotiateLocale({ cookie: "xx", acceptLanguage: "de-DE" })).toBe("de");
  });
});
