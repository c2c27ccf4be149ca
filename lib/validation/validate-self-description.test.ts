import { readdirSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import { createShapesRegistry } from "./shapes/create-shapes-registry";
import { FIXTURES, firstSubject, readFixture, reverseKeys, testDocumentLoader as documentLoader } from "./test-support/fixtures";
import { validateSelfDescription } from "./validate-self-description";

// All 22.10 expectations below use the registry snapshot of 2024-05 ("gaia-x-22.10") unless a test
// names the compliance-2.1.0 snapshot.
const GX = "https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#";
const shapes = createShapesRegistry();

// Examples that need something else to conform; each is covered by its own test below.
const NOT_STANDALONE = new Set([
  "ccp.legalParticipant.signed.json", // references its registration-number credential by id
  "ccp.verifiablePresentationRequest.signed.json", // cites https://schema.org/, which is not pinned
  "ccp.serviceInput.unsigned.json", // its credentials cite https://schema.org/ too
]);

// Policy for legacy JSON-LD: read leniently, and warn about every term that was dropped.
const EXPECTED_WARNINGS: Record<string, string[]> = {
  "gcce.ServiceOffering.json": ["id"], // `{"id": …}` without the credentials context: providedBy loses its IRI
};

const validExamples = readdirSync(path.join(FIXTURES, "examples/valid/22.10")).filter((file) => !NOT_STANDALONE.has(file));

function violatedPaths(results: { severity: string; path: string | null }[]): string[] {
  return results.filter((result) => result.severity === "Violation").map((result) => result.path ?? "");
}

describe("validateSelfDescription, Gaia-X 22.10 (registry snapshot 2024-05)", () => {
  beforeAll(async () => {
    await shapes.get("gaia-x-22.10");
  });

  it.each(validExamples)("valid/22.10/%s conforms", async (file) => {
    const outcome = await validateSelfDescription({ document: readFixture(`examples/valid/22.10/${file}`), documentLoader, shapes });
    expect(outcome.results.filter((result) => result.severity !== "Warning")).toEqual([]);
    expect(outcome.results.map((result) => result.path)).toEqual(EXPECTED_WARNINGS[file] ?? []);
    expect(outcome.conforms).toBe(true);
    expect(outcome.trustFramework).toBe("gaia-x-22.10");
    expect(outcome.shapesUsed).toEqual([expect.stringMatching(/^gaia-x-22\.10@[0-9a-f]{64}$/)]);
  });

  it.each([
    ["eg.invalid_person_linkedregistration.json", `${GX}legalRegistrationNumber`],
    ["eg.person_invalid.json", `${GX}headquarterAddress`],
    ["eg.service-offering_bad_structure.json", `${GX}dataAccountExport`],
    ["ss.participant-vp-faulty.signed.json", `${GX}headquarterAddress`],
    ["ss.service-offering-vp-structure-invalid.signed.json", `${GX}dataAccountExport`],
  ])("invalid/22.10/%s fails on %s", async (file, expectedPath) => {
    const outcome = await validateSelfDescription({ document: readFixture(`examples/invalid/22.10/${file}`), documentLoader, shapes });
    expect(outcome.conforms).toBe(false);
    expect(violatedPaths(outcome.results)).toContain(expectedPath);
  });

  it("resolves a participant's registration-number credential by id only when both are validated together", async () => {
    const participant = readFixture("examples/valid/22.10/ccp.legalParticipant.signed.json");
    const registration = readFixture("examples/valid/22.10/ccp.legalRegistrationNumber.signed.json");

    const alone = await validateSelfDescription({ document: participant, documentLoader, shapes });
    expect(alone.conforms).toBe(false);
    expect(violatedPaths(alone.results)).toEqual([`${GX}legalRegistrationNumber`]);

    const together = await validateSelfDescription({ document: [participant, registration], documentLoader, shapes });
    expect(together.results).toEqual([]);
    expect(together.conforms).toBe(true);
  });

  it.each(["ccp.verifiablePresentationRequest.signed.json", "ccp.serviceInput.unsigned.json"])(
    "reports the unpinned context of %s as a finding instead of throwing",
    async (file) => {
      const outcome = await validateSelfDescription({ document: readFixture(`examples/valid/22.10/${file}`), documentLoader, shapes });
      expect(outcome.conforms).toBe(false);
      expect(outcome.results).toHaveLength(1);
      expect(outcome.results[0]).toMatchObject({ path: "@context", sourceConstraint: "jsonld:UNKNOWN_CONTEXT" });
      expect(outcome.results[0]?.message).toContain("https://schema.org/");
    },
  );

  it("explains a missing nested field in plain words on the outer node", async () => {
    const document = readFixture("examples/valid/22.10/gcce.LegalParticipant-22.10-conform.json");
    delete (document["gx:legalAddress"] as Record<string, unknown>)["gx:countrySubdivisionCode"];
    const outcome = await validateSelfDescription({ document, documentLoader, shapes });
    expect(outcome.conforms).toBe(false);
    expect(outcome.results).toEqual([
      expect.objectContaining({
        severity: "Violation",
        focusNode: "https://www.msg.group/legalparticipant",
        path: `${GX}legalAddress / ${GX}countrySubdivisionCode`,
        message: "legalAddress needs a countrySubdivisionCode such as DE-BE",
        sourceConstraint: "http://www.w3.org/ns/shacl#MinCountConstraintComponent",
      }),
    ]);
  });

  it("gives identical results when keys are reordered and whitespace changes", async () => {
    const original = readFixture("examples/unclassified/22.10/ss.physical-resource.unsigned.json");
    const reordered = JSON.parse(JSON.stringify(reverseKeys(original), null, 7)) as unknown;
    const first = await validateSelfDescription({ document: original, documentLoader, shapes });
    const second = await validateSelfDescription({ document: reordered, documentLoader, shapes });
    expect(first.results.length).toBeGreaterThan(3);
    expect(second).toEqual(first);
  });

  it("resource payloads fail the 2024-05 registry snapshot; the cut-down compliance-2.1.0 snapshot has no shape for them, so it does not validate them", async () => {
    const document = readFixture("examples/unclassified/22.10/ss.data-resource.unsigned.json");
    const registry = await validateSelfDescription({ document, documentLoader, shapes });
    expect(registry.conforms).toBe(false);
    expect(violatedPaths(registry.results).sort()).toEqual([`${GX}exposedThrough`, `${GX}producedBy`]);

    const compliance = await validateSelfDescription({ document, documentLoader, shapes, profile: "gaia-x-22.10-compliance-2.1.0" });
    expect(compliance.results.filter((result) => result.severity === "Violation")).toEqual([]);
    expect(compliance.conforms).toBeNull();
    expect(compliance.unvalidated).toEqual([{ subject: "https://lab.gaia-x.eu/cesDataResource.json", types: [`${GX}DataResource`] }]);
    expect(compliance.shapesUsed[0]).toMatch(/^gaia-x-22\.10-compliance-2\.1\.0@/);
  });

  it("validates credential subjects only: envelope fields never reach the shapes", async () => {
    const document = readFixture("examples/valid/22.10/ss.participant-vp.signed.json");
    const subject = firstSubject(document);
    expect(subject).toBeDefined();
    const outcome = await validateSelfDescription({ document, documentLoader, shapes });
    expect(outcome.results.some((result) => result.focusNode.includes("JsonWebSignature2020"))).toBe(false);
    expect(outcome.conforms).toBe(true);
  });

  it("unwraps the compliance service's {selfDescriptionCredential, complianceCredential} output", async () => {
    const wrapped = readFixture("examples/valid/22.10/ss.service-offering-sd.signed.json");
    const outcome = await validateSelfDescription({ document: wrapped, documentLoader, shapes });
    expect(outcome.trustFramework).toBe("gaia-x-22.10");
    const inner = (wrapped.selfDescriptionCredential as Record<string, unknown>).verifiableCredential as Record<string, unknown>[];
    const offering = inner
      .map((credential) => credential.credentialSubject as Record<string, unknown>)
      .find((subject) => subject.type === "gx:ServiceOffering");
    if (!offering) throw new Error("fixture changed: no ServiceOffering");
    // Only presence is testable: upstream writes `sh:node gx:LegalParticipant` (a class, not a shape), so
    // any value passes that constraint.
    delete offering["gx:providedBy"];
    const broken = await validateSelfDescription({ document: wrapped, documentLoader, shapes });
    expect(broken.conforms).toBe(false);
    expect(violatedPaths(broken.results)).toContain(`${GX}providedBy`);
  });

  it("warns about undefined terms (legacy 22.10 files) and fails a document with nothing readable", async () => {
    const document = readFixture("examples/valid/22.10/gcce.LegalParticipant-22.10-conform.json");
    document.legalName = "msg systems ag";
    const outcome = await validateSelfDescription({ document, documentLoader, shapes });
    expect(outcome.conforms).toBe(true);
    expect(outcome.results).toEqual([
      expect.objectContaining({
        severity: "Warning",
        path: "legalName",
        sourceConstraint: "jsonld:invalid property",
        message: expect.stringContaining("gx:legalName"),
      }),
    ]);

    const empty = await validateSelfDescription({
      document: { "@context": "https://www.w3.org/2018/credentials/v1", type: "VerifiableCredential", credentialSubject: { name: "x" } },
      documentLoader,
      shapes,
    });
    expect(empty.conforms).toBe(false);
    expect(empty.results.map((result) => result.sourceConstraint)).toContain("validation:EmptyGraph");
  });

  it("warns when no known framework is used instead of reporting a silent pass", async () => {
    const outcome = await validateSelfDescription({
      document: { "@context": { ex: "https://example.org/" }, "@id": "https://example.org/a", "ex:name": "A" },
      documentLoader,
      shapes,
    });
    expect(outcome.trustFramework).toBeNull();
    expect(outcome.shapesUsed).toEqual([]);
    expect(outcome.results).toEqual([expect.objectContaining({ severity: "Warning", sourceConstraint: "validation:NoShapesApplied" })]);
    expect(outcome.conforms).toBeNull();
    expect(outcome.unvalidated).toEqual([{ subject: "https://example.org/a", types: [] }]);
  });

  it("a made-up 22.10 gx: class is a violation named as such", async () => {
    const document = readFixture("examples/valid/22.10/gcce.LegalParticipant-22.10-conform.json");
    document["@type"] = "gx:LegalPartisan";
    const outcome = await validateSelfDescription({ document, documentLoader, shapes });
    expect(outcome.conforms).toBe(false);
    expect(outcome.results).toEqual([
      expect.objectContaining({
        severity: "Violation",
        value: `${GX}LegalPartisan`,
        sourceConstraint: "validation:UndefinedClass",
        message: expect.stringContaining("LegalPartisan is not a class of the gaia-x-22.10 ontology"),
      }),
    ]);
  });

  it("refuses a malformed call", async () => {
    await expect(validateSelfDescription({ document: "nope", documentLoader, shapes })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(validateSelfDescription({ document: {}, documentLoader, shapes, profile: "gaia-x-99" as never })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
