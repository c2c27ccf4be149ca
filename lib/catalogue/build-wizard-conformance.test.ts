import { beforeAll, describe, expect, it } from "vitest";
import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { createDidResolver } from "@/lib/credentials/did/create-did-resolver";
import { signDataIntegrity } from "@/lib/credentials/ld-proofs/sign-data-integrity";
import { createTestIssuer, type TestIssuer } from "@/lib/credentials/ld-proofs/test-support";
import { verifyCredential } from "@/lib/credentials/verify-credential";
import { defaultShapesRegistry } from "@/lib/validation/shapes/create-shapes-registry";
import { lintCredential } from "@/lib/validation/lint-credential";
import { credentialsOf } from "./derive-projection";
import { parseSubmission } from "./parse-submission";
import { validateSubmission } from "./validate-submission";
import { buildHealthDatasetCredential } from "./build-health-dataset-credential";
import { buildLegalPersonCredential } from "./build-legal-person-credential";
import { buildServiceOfferingCredential } from "./build-service-offering-credential";
import { entryOffers } from "@/lib/contracts/offers/entry-offers";
import { describeOffer } from "@/lib/contracts/offers/describe-offer";

// What each kind of the publish wizard builds must pass what publishing checks: signed with an Ed25519
// key (as the portal signs) it verifies, and the validator — same loader, shapes and rules as the
// publish pipeline, no catch-all contexts — finds no violation. The live lint says the same.

const documentLoader = createDocumentLoader();
const didResolver = createDidResolver();
let issuer: TestIssuer;

async function publishChecks(credential: Record<string, unknown>) {
  const signed = await signDataIntegrity({
    document: { ...credential, issuer: issuer.did },
    suite: "eddsa-rdfc-2022",
    privateKeyJwk: issuer.privateKeyJwk,
    verificationMethodId: issuer.verificationMethodId,
    documentLoader,
  });
  const text = JSON.stringify(signed);
  const submission = parseSubmission({ text, contentType: "application/ld+json" });
  const verification = await verifyCredential({ document: signed, didResolver, documentLoader });
  const validation = await validateSubmission({ submission, credentials: credentialsOf(submission.document as Record<string, unknown>), documentLoader });
  const lint = await lintCredential({ credential: { ...credential, issuer: issuer.did }, documentLoader });
  return { verification, validation, lint };
}

const violations = (results: { severity: string; path: string | null; message: string }[]) => results.filter((result) => result.severity === "Violation");

describe("the publish wizard's credentials pass the portal's checks for their kind", () => {
  beforeAll(async () => {
    issuer = await createTestIssuer({ algorithm: "Ed25519", method: "key" });
    await Promise.all([defaultShapesRegistry.get("gaia-x-22.10"), defaultShapesRegistry.get("gaia-x-25.11")]);
  }, 60_000);

  it("a service offering conforms to Gaia-X 22.10 (the missing participant credential is only a warning)", async () => {
    const credential = buildServiceOfferingCredential(
      {
        name: "FHIR export of ward records",
        termsUrl: "https://clinic.example/terms.pdf",
        termsHash: "a".repeat(64),
        endpointUrl: "https://clinic.example/fhir",
      },
      { issuer: issuer.did, subjectId: "urn:uuid:5d1c7a2e-3b4f-4e6a-9c8d-7f6e5d4c3b2a" },
    );
    const { verification, validation, lint } = await publishChecks(credential);
    expect(verification.errors).toEqual([]);
    expect(verification.verified).toBe(true);
    expect(validation.trustFramework).toBe("gaia-x-22.10");
    expect(violations(validation.results)).toEqual([]);
    expect(validation.conforms).toBe(true);
    expect(validation.results.some((result) => result.sourceShape === "serviceOfferingIssuerMatchesProvider" && result.severity === "Warning")).toBe(true);
    expect(lint.conforms).toBe(true);
  });

  it("a service offering with an explicit ODRL offer still verifies and conforms, and the offer is read back in words", async () => {
    const credential = buildServiceOfferingCredential(
      {
        name: "Pseudonymisation service",
        termsUrl: "https://clinic.example/terms.pdf",
        termsHash: "b".repeat(64),
        offerPurposes: ["ScientificResearch", "PublicHealthInterest"],
        offerMaxDurationDays: 180,
        offerRegions: ["eu"],
        offerRecipientTypes: ["ResearchOrganisation"],
      },
      { issuer: issuer.did, subjectId: "urn:uuid:0b6f1e2d-7a8c-4d9e-8f1a-2b3c4d5e6f70" },
    );
    const { verification, validation, lint } = await publishChecks(credential);
    expect(verification.verified).toBe(true);
    expect(violations(validation.results)).toEqual([]);
    expect(lint.conforms).toBe(true);
    const [offer, ...more] = entryOffers({ hash: "c".repeat(64), issuerDid: issuer.did, purposes: [], claims: credential.credentialSubject });
    expect(more).toEqual([]);
    expect(describeOffer(offer!)).toEqual([
      "Use is permitted for scientific research or public interest in public and occupational health only, for at most 180 days, within the EU, by research organisations.",
    ]);
  });

  it("a service offering without terms and conditions is refused, naming them", async () => {
    const credential = buildServiceOfferingCredential({ name: "No terms" }, { issuer: issuer.did, subjectId: "urn:uuid:6e2d8b3f-4c5a-4f7b-8d9e-8a7f6e5d4c3b" });
    const { validation } = await publishChecks(credential);
    expect(validation.conforms).toBe(false);
    expect(violations(validation.results).map((result) => result.path)).toEqual([expect.stringContaining("termsAndConditions")]);
  });

  it("a participant conforms to Gaia-X Loire 25.11 with its registration number inside the credential", async () => {
    for (const registrationKind of ["vatID", "leiCode", "local"] as const) {
      const credential = buildLegalPersonCredential(
        {
          legalName: "Universitätsklinikum Beispielstadt",
          registrationKind,
          registrationNumber: registrationKind === "leiCode" ? "529900T8BM49AURSDO55" : "DE123456789",
          countryCode: "DE",
          streetAddress: "Klinikweg 1",
          postalCode: "12345",
          locality: "Beispielstadt",
        },
        { subjectId: "urn:uuid:7f3e9c4a-5d6b-4a8c-9e0f-9b8a7f6e5d4c" },
      );
      const { verification, validation, lint } = await publishChecks(credential);
      expect(verification.verified).toBe(true);
      expect(validation.trustFramework).toBe("gaia-x-25.11");
      expect(validation.results).toEqual([]);
      expect(lint.conforms).toBe(true);
    }
  });

  it("a participant without a registration number is refused, naming it", async () => {
    const credential = buildLegalPersonCredential({ legalName: "Nameless Registry e. V." }, { subjectId: "urn:uuid:8a4f0d5b-6e7c-4b9d-8f1a-0c9b8a7f6e5d" });
    const { validation } = await publishChecks(credential);
    expect(validation.conforms).toBe(false);
    expect(violations(validation.results)).toEqual([expect.objectContaining({ path: "https://w3id.org/gaia-x/development#registrationNumber" })]);
  });

  it("the health dataset kind still conforms to its health shapes", async () => {
    const credential = buildHealthDatasetCredential(
      {
        title: "Sleep study",
        description: "Polysomnography recordings",
        purposes: ["ScientificResearch"],
        population: "Adults",
        codingSystems: "http://snomed.info/sct",
      },
      { subjectId: "urn:uuid:9b5a1e6c-7f8d-4cae-9a2b-1d0c9b8a7f6e" },
    );
    const { verification, validation } = await publishChecks(credential);
    expect(verification.verified).toBe(true);
    expect(violations(validation.results)).toEqual([]);
  });
});
