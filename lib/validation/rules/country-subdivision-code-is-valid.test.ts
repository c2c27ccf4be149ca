import { describe, expect, it } from "vitest";

import subdivisions from "../data/iso-3166-2-subdivisions.json";
import { readFixture } from "../test-support/fixtures";
import { countrySubdivisionCodeIsValid } from "./country-subdivision-code-is-valid";
import { runRules } from "./run-rules";

function participant(address: Record<string, unknown>) {
  return [
    {
      type: "VerifiableCredential",
      issuer: "did:web:a.example",
      credentialSubject: { id: "did:web:a.example", type: "gx:LegalParticipant", "gx:legalAddress": address },
    },
  ];
}

describe("countrySubdivisionCodeIsValid", () => {
  it("ships codes for every EU/EEA country, CH, GB and US", () => {
    const countries = Object.keys(subdivisions.countries);
    expect(countries).toHaveLength(32);
    expect(subdivisions.countries.DE).toContain("DE-BE");
    expect(subdivisions.countries.US).toContain("US-CA");
    expect(Object.values(subdivisions.countries).every((codes) => codes.length > 0)).toBe(true);
  });

  it("accepts real codes in the Gaia-X examples", () => {
    const credentials = readFixture("examples/valid/22.10/ss.participant-vp.signed.json").verifiableCredential as Record<string, unknown>[];
    expect(countrySubdivisionCodeIsValid({ credentials })).toEqual([]);
    const bare = readFixture("examples/valid/22.10/gcce.LegalParticipant-22.10-conform.json");
    expect(runRules({ credentials: bare, only: ["countrySubdivisionCodeIsValid"] })).toEqual([]);
    (bare["gx:legalAddress"] as Record<string, unknown>)["gx:countrySubdivisionCode"] = "DE-ZZ";
    expect(runRules({ credentials: bare, only: ["countrySubdivisionCodeIsValid"] })).toEqual([
      expect.objectContaining({ focusNode: "https://www.msg.group/legalparticipant", value: "DE-ZZ" }),
    ]);
  });

  it("rejects a badly formed code", () => {
    expect(countrySubdivisionCodeIsValid({ credentials: participant({ "gx:countrySubdivisionCode": "Berlin" }) })).toEqual([
      expect.objectContaining({
        severity: "Violation",
        path: "gx:legalAddress / gx:countrySubdivisionCode",
        value: "Berlin",
        message: expect.stringContaining("like DE-BE"),
      }),
    ]);
  });

  it("rejects a well-formed code that does not exist in a listed country", () => {
    const [result] = countrySubdivisionCodeIsValid({ credentials: participant({ "gx:countrySubdivisionCode": { "@value": "DE-XX" } }) });
    expect(result).toMatchObject({ severity: "Violation", value: "DE-XX", message: expect.stringContaining("does not exist in DE") });
  });

  it("rejects a code whose country disagrees with countryCode", () => {
    const results = countrySubdivisionCodeIsValid({ credentials: participant({ "gx:countrySubdivisionCode": "FR-75", "gx:countryCode": "DE" }) });
    expect(results).toEqual([expect.objectContaining({ severity: "Violation", message: expect.stringContaining("countryCode says DE") })]);
  });

  it("only notes codes of countries outside the shipped list", () => {
    expect(countrySubdivisionCodeIsValid({ credentials: participant({ "gx:countrySubdivisionCode": "JP-13" }) })).toEqual([
      expect.objectContaining({ severity: "Info", value: "JP-13" }),
    ]);
  });
});
