import { describe, expect, it } from "vitest";
import { buildLegalPersonCredential, GX_LOIRE_CONTEXT } from "./build-legal-person-credential";

const address = {
  type: "gx:Address",
  "gx:countryCode": "DE",
  "vcard:street-address": "Klinikweg 1",
  "vcard:postal-code": "12345",
  "vcard:locality": "Beispielstadt",
};

describe("buildLegalPersonCredential", () => {
  it("turns the wizard's fields into a Loire LegalPerson with its registration number and addresses", () => {
    const credential = buildLegalPersonCredential(
      {
        legalName: "Klinikum Beispielstadt",
        registrationNumber: "DE123456789",
        countryCode: "de",
        streetAddress: "Klinikweg 1",
        postalCode: "12345",
        locality: "Beispielstadt",
      },
      { issuer: "did:web:clinic.example", subjectId: "did:web:clinic.example#legal-person" },
    );
    expect((credential["@context"] as unknown[])[1]).toBe(GX_LOIRE_CONTEXT);
    expect(credential.credentialSubject).toEqual({
      id: "did:web:clinic.example#legal-person",
      type: "gx:LegalPerson",
      "schema:name": "Klinikum Beispielstadt",
      "gx:registrationNumber": { type: "gx:VatID", "gx:vatID": "DE123456789", "gx:countryCode": "DE" },
      "gx:legalAddress": address,
      "gx:headquartersAddress": address,
    });
  });

  it("writes each registration kind with the property its Loire shape expects, and a separate headquarters", () => {
    const subject = (kind: "leiCode" | "local") =>
      buildLegalPersonCredential(
        { legalName: "Registry e. V.", registrationKind: kind, registrationNumber: "N-1", headquartersCountryCode: "AT", headquartersLocality: "Wien" },
        { subjectId: "u" },
      ).credentialSubject as Record<string, unknown>;
    expect(subject("leiCode")["gx:registrationNumber"]).toEqual({ type: "gx:LeiCode", "schema:leiCode": "N-1", "gx:countryCode": "DE" });
    expect(subject("local")["gx:registrationNumber"]).toEqual({ type: "gx:LocalRegistrationNumber", "gx:local": "N-1" });
    expect(subject("local")["gx:headquartersAddress"]).toEqual({ type: "gx:Address", "gx:countryCode": "AT", "vcard:locality": "Wien" });
  });

  it("leaves out a missing registration number and refuses a country that is not two letters", () => {
    expect(buildLegalPersonCredential({ legalName: "No number AG" }, { subjectId: "u" }).credentialSubject).not.toHaveProperty("gx:registrationNumber");
    expect(() => buildLegalPersonCredential({ legalName: "Somewhere AG", countryCode: "Germany" }, { subjectId: "u" })).toThrow(/two-letter/);
  });
});
