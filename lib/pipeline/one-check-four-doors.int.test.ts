import { afterEach, describe, expect, it } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { unsignedHealthDataset } from "@/test/support/health-credential";
import { db } from "@/lib/db";
import { signUpParticipant } from "@/lib/participants/sign-up-participant";
import { generateParticipantKey } from "@/lib/participants/generate-participant-key";
import { signWithParticipantKey } from "@/lib/participants/sign-with-participant-key";
import { loadUserActor } from "@/lib/auth/load-actor";
import { sha256Hex } from "@/lib/catalogue/parse-submission";
import { publishSelfDescription } from "@/lib/catalogue/publish-self-description";
import { inspectSubmission } from "@/lib/catalogue/inspect-submission";
import { processFeedItem } from "@/lib/federation/process-feed-item";
import { revalidateEntry } from "@/lib/schemas/revalidate-entry";
import { indexOperatorShapes } from "@/lib/schemas/operator-shapes";
import { getContextLoader, getPipelineServices, setPoliciesForTests } from "@/lib/wiring/services";
import type { SubmissionPolicy } from "./pipeline-services";

// One check, four doors: a policy set once in the wiring module is applied by publish, federation
// harvest, the check endpoint and revalidation alike, because each of them calls the one pipeline.

const keyEncryptionKey = new Uint8Array(32).fill(9);
const MARKER = "Embargoed";

const embargo: SubmissionPolicy = {
  id: "test.embargo",
  check: ({ credentials }) =>
    JSON.stringify(credentials).includes(MARKER)
      ? [
          {
            severity: "Violation",
            focusNode: null,
            path: null,
            value: MARKER,
            message: "Embargoed datasets may not be listed (test policy)",
            sourceShape: "test.embargo",
          },
        ]
      : [],
};

describe.each(testDatabaseTargets())("one check at every door on $name", (target) => {
  withTestDatabase(target);
  afterEach(() => setPoliciesForTests());

  async function signedDataset(title: string) {
    const { participant, user } = await signUpParticipant({
      input: { legalName: "Door Klinik", name: "D", email: `d-${title.length}@d.test`, password: "a long enough password" },
      publicUrl: "http://localhost:3000",
    });
    await generateParticipantKey({ prisma: db(), participant, algorithm: "Ed25519", keyEncryptionKey });
    const signed = await signWithParticipantKey({
      actor: null,
      skipAuthorisation: true,
      participantId: participant.id,
      document: unsignedHealthDataset({ title, description: "Readings from home monitors" }),
      format: "eddsa-rdfc-2022",
      documentLoader: await getContextLoader(),
      keyEncryptionKey,
    });
    return { text: JSON.stringify(signed), actor: await loadUserActor({ userId: user.id }) };
  }

  it("refuses at publish and harvest, reports at the check endpoint and flags on revalidation", async () => {
    const embargoed = await signedDataset(`${MARKER} cohort`);
    const fine = await signedDataset("Open cohort");
    setPoliciesForTests([embargo]);

    // Door 1: publish.
    await expect(
      publishSelfDescription({
        actor: embargoed.actor,
        text: embargoed.text,
        contentType: "application/ld+json",
        services: await getPipelineServices({ budget: "background" }),
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      invalidParams: [{ name: "(document)", reason: "Embargoed datasets may not be listed (test policy)" }],
    });

    // Door 2: the check endpoint (and the upload preview).
    const checked = await inspectSubmission({
      text: embargoed.text,
      contentType: "application/ld+json",
      flags: { signatures: true, schema: true, rules: true },
      services: await getPipelineServices({ budget: "background" }),
    });
    expect(checked.verified).toBe(true);
    expect(checked.conforms).toBe(false);
    expect(checked.validation?.results).toContainEqual(expect.objectContaining({ sourceShape: "test.embargo" }));

    // Door 3: federation harvest.
    const item = {
      hash: sha256Hex(embargoed.text),
      status: "ACTIVE" as const,
      statusChangedAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
      format: "JSONLD_VC",
      contentType: "application/ld+json",
      document: embargoed.text,
    };
    const peer = await db().peer.create({ data: { name: "Door peer", baseUrl: "https://peer.door.test" } });
    const harvested = await processFeedItem(item, {
      peerId: peer.id,
      pageCursor: "c1",
      services: await getPipelineServices({ budget: "background" }),
      now: new Date(),
    });
    expect(harvested).toEqual({ kind: "refused", hash: item.hash, reason: expect.stringContaining("Embargoed datasets may not be listed") });
    expect(await db().selfDescription.count()).toBe(0);

    // Door 4: revalidation of an entry stored before the policy existed.
    setPoliciesForTests();
    const { entry } = await publishSelfDescription({
      actor: fine.actor,
      text: fine.text,
      contentType: "application/ld+json",
      services: await getPipelineServices({ budget: "background" }),
    });
    setPoliciesForTests([
      {
        ...embargo,
        check: (input) => (JSON.stringify(input.credentials).includes("Open cohort") ? embargo.check({ ...input, credentials: [{ title: MARKER }] }) : []),
      },
    ]);
    const stored = await db().selfDescription.findUniqueOrThrow({ where: { hash: entry.hash }, select: { hash: true, content: true, contentType: true } });
    const outcome = await revalidateEntry({
      entry: stored,
      services: await getPipelineServices({ budget: "background" }),
      operatorShapes: await indexOperatorShapes(),
      runId: "run-doors",
    });
    expect(outcome.conforms).toBe(false);
    const report = await db().validationReport.findFirstOrThrow({ where: { selfDescriptionHash: entry.hash, current: true } });
    expect(report.conforms).toBe(false);
    expect(JSON.stringify(report.results)).toContain("test.embargo");
  });
});
