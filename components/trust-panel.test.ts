import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { TrustPanel, ruleSetName, type TrustPanelProps } from "./trust-panel";
import { EntryPublisher } from "./entry-publisher";

const checks = [
  { id: "did", passed: true, message: "Resolved did:web:klinik.example" },
  { id: "signature", passed: true, message: "Signed with did:web:klinik.example#key-1" },
];

function render(locale: Locale, element: ReturnType<typeof createElement>) {
  return renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale, messages: MESSAGES[locale], timeZone: "Europe/Berlin" } as ComponentProps<typeof NextIntlClientProvider>,
      element,
    ),
  );
}

const verdictOf = (html: string) => /data-testid="trust-verdict">([^<]*)</.exec(html)?.[1];
const panel = (locale: Locale, props: Partial<TrustPanelProps>) =>
  render(locale, createElement(TrustPanel, { verified: true, issuer: "did:web:klinik.example", checks, warnings: [], ...props }));

describe("TrustPanel", () => {
  it("answers in plain words, naming the organisation and the rules, in the reader's language", () => {
    const known = { publisherName: "Universitätsklinikum Musterstadt", conformance: { conforms: true, rules: ruleSetName("healthdcat-ap") } };
    expect(verdictOf(panel("en", known))).toBe(
      "Yes. Published by Universitätsklinikum Musterstadt. Its signature is genuine and the portal checked that the description follows the HealthDCAT-AP rules.",
    );
    expect(verdictOf(panel("de", known))).toBe(
      "Ja. Veröffentlicht von Universitätsklinikum Musterstadt. Die Signatur ist echt, und das Portal hat geprüft, dass die Beschreibung den Regeln von HealthDCAT-AP entspricht.",
    );
  });

  it("names an unknown issuer by its DID and says only what it knows (the upload form passes no validation)", () => {
    expect(verdictOf(panel("en", {}))).toBe("Yes. Signed by did:web:klinik.example. Its signature is genuine.");
    expect(verdictOf(panel("en", { conformance: { conforms: null, rules: null }, warnings: ["w1", "w2"] }))).toBe(
      "Yes. Signed by did:web:klinik.example. Its signature is genuine; no rule set of this portal applies to the description, so its content was not checked. The portal noted 2 warnings.",
    );
  });

  it("folds the technical checks away when verified and opens them when a check failed", () => {
    expect(panel("en", {})).toMatch(/<details class="[^"]*">/);
    const failed = panel("de", { verified: false, checks: [...checks, { id: "sig", passed: false, message: "Signature does not match" }] });
    expect(failed).toMatch(/<details class="[^"]*" open="">/);
    expect(verdictOf(failed)).toMatch(/^Nein: 1 Prüfung ist fehlgeschlagen\./);
    expect(failed).toContain("Fehlgeschlagen: </span>Signature does not match");
  });
});

describe("EntryPublisher", () => {
  const did = "did:web:portal.dataloft.example:participants:universitaetsklinikum-musterstadt";

  it("names the organisation, its kind and country, with the DID shortened and the full value behind one click", () => {
    const html = render(
      "de",
      createElement(EntryPublisher, { did, participant: { legalName: "Uniklinik", kind: "ORGANISATION", countryCode: "DE" }, onBehalf: false }),
    );
    expect(html).toContain("Veröffentlicht von <strong");
    expect(html).toContain("Uniklinik</strong> · Organisation · Deutschland");
    expect(html).toContain("did:web:portal.dataloft.example:…:universitaetsklinikum-musterstadt");
    expect(html).toContain(`data-testid="entry-publisher-did">${did}</code>`);
  });

  it("says when the DID is not registered here", () => {
    const html = render("en", createElement(EntryPublisher, { did: "did:web:x.example", participant: null, onBehalf: true }));
    expect(html).toContain("Signed by <strong");
    expect(html).toContain("· not registered on this portal");
    expect(html).toContain("Published on the issuer&#x27;s behalf");
  });
});
