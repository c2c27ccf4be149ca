import { describe, expect, it } from "vitest";
import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { expandSafely } from "@/lib/credentials/jsonld/expand-safely";
import { lintCredential } from "@/lib/validation/lint-credential";
import { entryOffers } from "@/lib/contracts/offers/entry-offers";
import { buildHealthDatasetCredential, CONSENT_LEGAL_BASIS } from "./build-health-dataset-credential";

describe("buildHealthDatasetCredential", () => {
  it("turns the wizard's fields into a DCAT + health credential", () => {
    const credential = buildHealthDatasetCredential(
      {
        title: "Asthma registry",
        keywords: "asthma, lung function",
        purposes: ["ScientificResearch"],
        population: "Children with asthma",
        codingSystems: "http://snomed.info/sct",
      },
      { issuer: "did:web:x", subjectId: "urn:uuid:1" },
    );
    expect(credential.issuer).toBe("did:web:x");
    expect(credential.credentialSubject).toMatchObject({
      id: "urn:uuid:1",
      type: "dcat:Dataset",
      "dct:title": "Asthma registry",
      "dcat:keyword": ["asthma", "lung function"],
      purposeOfUse: ["ScientificResearch"],
      pseudonymisationLevel: "Pseudonymised",
      population: { en: "Children with asthma" },
      codingSystem: ["http://snomed.info/sct"],
    });
  });

  it("leaves out what was not filled in, so the validator can say what is missing", () => {
    const subject = buildHealthDatasetCredential({ title: "Bare" }, { subjectId: "urn:uuid:2" }).credentialSubject as Record<string, unknown>;
    expect(subject).not.toHaveProperty("purposeOfUse");
    expect(subject).not.toHaveProperty("population");
  });

  it("refuses an unknown purpose", () => {
    expect(() => buildHealthDatasetCredential({ title: "X", purposes: ["Marketing"] as never }, { subjectId: "u" })).toThrow();
  });
});

describe("buildHealthDatasetCredential with an explicit offer and consent-based data", () => {
  const form = {
    title: "Home blood pressure",
    purposes: ["ScientificResearch" as const],
    population: "Adults",
    offerMaxDurationDays: 365,
    offerRegions: ["eu"],
    offerRecipientTypes: ["ResearchOrganisation" as const],
    offerPseudonymisationRequired: true,
    offerProhibitions: ["distribute" as const],
    consentParticipants: ["did:web:localhost%3A3000:participants:erika", "did:web:localhost%3A3000:participants:erika"],
    dataTrustee: "did:web:localhost%3A3000:participants:trust",
  };

  it("states the offer as odrl:hasPolicy, readable back as the same offer", () => {
    const credential = buildHealthDatasetCredential(form, { subjectId: "urn:uuid:3" });
    const subject = credential.credentialSubject as Record<string, unknown>;
    const [offer] = entryOffers({ hash: "b".repeat(64), issuerDid: "did:web:p", purposes: ["ScientificResearch"], claims: [subject] });
    expect(offer).toEqual({
      id: "urn:uuid:3#offer",
      target: "b".repeat(64),
      assigner: "did:web:p",
      permission: {
        action: "use",
        constraints: {
          purposes: ["ScientificResearch"],
          maxDurationDays: 365,
          regions: ["EU"],
          recipientTypes: ["ResearchOrganisation"],
          pseudonymisationRequired: true,
        },
      },
      prohibitions: ["distribute"],
      obligations: [],
    });
    expect((credential["@context"] as unknown[])[1]).toMatchObject({ odrl: "http://www.w3.org/ns/odrl/2/" });
  });

  it("names the citizens and the trustee once each, with consent as a legal basis", () => {
    const subject = buildHealthDatasetCredential(form, { subjectId: "urn:uuid:4" }).credentialSubject as Record<string, unknown>;
    expect(subject["dlh:consentParticipant"]).toEqual([{ id: "did:web:localhost%3A3000:participants:erika" }]);
    expect(subject["dlh:dataTrustee"]).toEqual({ id: "did:web:localhost%3A3000:participants:trust" });
    expect(subject.legalBasis).toContain(CONSENT_LEGAL_BASIS);
  });

  it("states no offer when none of its fields is set, and refuses a malformed DID", () => {
    const subject = buildHealthDatasetCredential({ title: "Plain", purposes: ["ScientificResearch"] }, { subjectId: "urn:uuid:5" }).credentialSubject as Record<
      string,
      unknown
    >;
    expect(subject).not.toHaveProperty("odrl:hasPolicy");
    expect(subject).not.toHaveProperty("dlh:consentParticipant");
    expect(() => buildHealthDatasetCredential({ title: "X", consentParticipants: ["erika"] }, { subjectId: "u" })).toThrow();
  });

  it("with an offer and consent terms still expands without dropping a term and passes the health shapes", async () => {
    const credential = buildHealthDatasetCredential(
      { ...form, description: "Readings from home monitors", codingSystems: "http://loinc.org" },
      { issuer: "did:web:x", subjectId: "urn:uuid:6" },
    );
    const documentLoader = createDocumentLoader();
    await expect(expandSafely({ document: credential, documentLoader })).resolves.toBeDefined();
    const lint = await lintCredential({ credential, documentLoader });
    expect(lint.results.filter((result) => result.severity === "Violation")).toEqual([]);
  });
});
