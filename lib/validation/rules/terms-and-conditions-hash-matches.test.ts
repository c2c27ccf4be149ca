import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import termsAndConditions from "../data/gaiax-terms-and-conditions-22.10.json";
import { readFixture } from "../test-support/fixtures";
import { GAIAX_2210_TERMS_AND_CONDITIONS_SHA256, termsAndConditionsHashMatches } from "./terms-and-conditions-hash-matches";

function credentialsOf(file: string): Record<string, unknown>[] {
  return readFixture(file).verifiableCredential as Record<string, unknown>[];
}

describe("termsAndConditionsHashMatches", () => {
  it("ships a hash that matches the shipped text", () => {
    expect(createHash("sha256").update(termsAndConditions.text, "utf8").digest("hex")).toBe(GAIAX_2210_TERMS_AND_CONDITIONS_SHA256);
    expect(GAIAX_2210_TERMS_AND_CONDITIONS_SHA256).toBe("380d14e884a23614f3b73a4e1fc9f39269167fb494588f3a40c0ea15bdf548ee");
  });

  it.each(["examples/valid/22.10/ss.terms-and-conditions-vp.signed.json", "examples/valid/22.10/ss.participant-vp.signed.json"])(
    "accepts the official text in %s",
    (file) => {
      expect(termsAndConditionsHashMatches({ credentials: credentialsOf(file) })).toEqual([]);
    },
  );

  it("rejects a text changed by one character", () => {
    const credentials = credentialsOf("examples/valid/22.10/ss.terms-and-conditions-vp.signed.json");
    const subject = credentials[0]?.credentialSubject as Record<string, unknown>;
    subject["gx:termsAndConditions"] = String(subject["gx:termsAndConditions"]).replace("agrees", "agreed");
    expect(termsAndConditionsHashMatches({ credentials })).toEqual([
      expect.objectContaining({
        severity: "Violation",
        sourceShape: "termsAndConditionsHashMatches",
        message: expect.stringContaining("is not the Gaia-X 22.10 text"),
      }),
    ]);
  });

  it("requires the text to be present", () => {
    const credentials = [{ type: "VerifiableCredential", credentialSubject: { id: "urn:tc", type: "gx:GaiaXTermsAndConditions" } }];
    expect(termsAndConditionsHashMatches({ credentials })).toEqual([expect.objectContaining({ severity: "Violation", value: null })]);
  });
});
