import { beforeAll, describe, expect, it } from "vitest";

import { lintCredential } from "./lint-credential";
import { createShapesRegistry } from "./shapes/create-shapes-registry";
import { readFixture, testDocumentLoader as documentLoader } from "./test-support/fixtures";

const GX = "https://registry.lab.gaia-x.eu/development/api/trusted-shape-registry/v1/shapes/jsonld/trustframework#";
const shapes = createShapesRegistry();

function unsignedParticipantDraft(): Record<string, unknown> {
  const presentation = readFixture("examples/valid/22.10/ss.participant-vp.signed.json");
  const [participant] = presentation.verifiableCredential as Record<string, unknown>[];
  const draft = { ...(participant as Record<string, unknown>) };
  delete draft.proof;
  return draft;
}

describe("lintCredential", () => {
  beforeAll(async () => {
    await shapes.get("gaia-x-22.10");
  });

  it("checks an unsigned draft with the same shapes and rules as publishing", async () => {
    const draft = unsignedParticipantDraft();
    const subject = draft.credentialSubject as Record<string, unknown>;
    subject["gx:legalAddress"] = { "gx:countrySubdivisionCode": "DE-XX" };
    const outcome = await lintCredential({ credential: draft, documentLoader, shapes });
    expect(outcome.trustFramework).toBe("gaia-x-22.10");
    expect(outcome.conforms).toBe(false);
    expect(outcome.results).toContainEqual(expect.objectContaining({ sourceShape: "countrySubdivisionCodeIsValid", value: "DE-XX" }));
  });

  it("resolves references through related, already-published credentials", async () => {
    const participant = readFixture("examples/valid/22.10/ccp.legalParticipant.signed.json");
    delete participant.proof;
    const registration = readFixture("examples/valid/22.10/ccp.legalRegistrationNumber.signed.json");
    const alone = await lintCredential({ credential: participant, documentLoader, shapes });
    expect(alone.results.map((result) => result.path)).toEqual([`${GX}legalRegistrationNumber`]);
    const withRelated = await lintCredential({ credential: participant, related: [registration], documentLoader, shapes });
    expect(withRelated.results).toEqual([]);
    expect(withRelated.conforms).toBe(true);
  });

  it("validates a bare credentialSubject (no VC envelope) as data", async () => {
    const presentation = readFixture("examples/valid/22.10/ss.participant-vp.signed.json");
    const [registration, participant] = presentation.verifiableCredential as Record<string, unknown>[];
    const subject: Record<string, unknown> = { "@context": participant?.["@context"], ...(participant?.credentialSubject as Record<string, unknown>) };
    const related = [registration as Record<string, unknown>];
    const valid = await lintCredential({ credential: subject, related, documentLoader, shapes });
    expect(valid.trustFramework).toBe("gaia-x-22.10");
    expect(valid.unvalidated).toEqual([]);
    expect(valid.results).toEqual([]);
    expect(valid.conforms).toBe(true);
    delete subject["gx:headquarterAddress"];
    const broken = await lintCredential({ credential: subject, related, documentLoader, shapes });
    expect(broken.conforms).toBe(false);
    expect(broken.results.map((result) => result.path)).toContain(`${GX}headquarterAddress`);
  });

  it("is fast once shapes are cached (well under 50 ms per draft)", async () => {
    const draft = unsignedParticipantDraft();
    await lintCredential({ credential: draft, documentLoader, shapes });
    const started = performance.now();
    for (let round = 0; round < 10; round += 1) await lintCredential({ credential: draft, documentLoader, shapes });
    expect((performance.now() - started) / 10).toBeLessThan(50);
  });

  it("refuses anything but one credential object", async () => {
    await expect(lintCredential({ credential: [] as never, documentLoader, shapes })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
