import { describe, expect, it } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { unsignedHealthDataset } from "@/test/support/health-credential";
import { db } from "@/lib/db";
import { authenticateBearer } from "@/lib/auth/authenticate-bearer";
import { loadUserActor } from "@/lib/auth/load-actor";
import { signUpParticipant } from "@/lib/participants/sign-up-participant";
import { generateParticipantKey } from "@/lib/participants/generate-participant-key";
import { signWithParticipantKey } from "@/lib/participants/sign-with-participant-key";
import { publishSelfDescription } from "@/lib/catalogue/publish-self-description";
import { getContextLoader, getPipelineServices } from "@/lib/wiring/services";
import { getSelfDescription } from "@/lib/catalogue/get-self-description";
import { uploadSchema } from "./upload-schema";
import { findSchemas } from "./find-schemas";
import { activateSchema } from "./activate-schema";
import { retireSchema } from "./retire-schema";
import { startRevalidation, waitForRevalidation } from "./start-revalidation";
import { getRevalidationRun } from "./get-revalidation-run";
import { findRevalidationRuns } from "./find-revalidation-runs";

const keyEncryptionKey = new Uint8Array(32).fill(7);

const PUBLISHER_REQUIRED = `@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dct: <http://purl.org/dc/terms/> .

<https://example.org/shapes#PublisherRequired> a sh:NodeShape ;
  sh:targetClass dcat:Dataset ;
  sh:property [ sh:path dct:publisher ; sh:minCount 1 ; sh:message "A dataset names its publisher" ] .
`;

describe.each(testDatabaseTargets())("schema management on $name", (target) => {
  const database = withTestDatabase(target);
  const admin = () => authenticateBearer({ secret: "a".repeat(40), adminToken: "a".repeat(40) });

  async function hospital() {
    const { participant, user } = await signUpParticipant({
      input: { legalName: "Schema Klinik", name: "S", email: "s@s.test", password: "a long enough password" },
      publicUrl: "http://localhost:3000",
    });
    await generateParticipantKey({ prisma: db(), participant, algorithm: "Ed25519", keyEncryptionKey });
    return { participant, actor: await loadUserActor({ userId: user.id }) };
  }

  async function publish(participantId: string, actor: Awaited<ReturnType<typeof loadUserActor>>, document: Record<string, unknown>) {
    const signed = await signWithParticipantKey({
      actor: null,
      skipAuthorisation: true,
      participantId,
      document,
      format: "eddsa-rdfc-2022",
      documentLoader: await getContextLoader(),
      keyEncryptionKey,
    });
    return publishSelfDescription({
      actor,
      text: JSON.stringify(signed),
      contentType: "application/ld+json",
      services: await getPipelineServices({ budget: "background" }),
    });
  }

  async function reportsOf(hash: string) {
    return db().validationReport.findMany({ where: { selfDescriptionHash: hash }, orderBy: { createdAt: "asc" } });
  }

  it("refuses malformed Turtle with the parser's line and column, and stores nothing", async () => {
    const broken = PUBLISHER_REQUIRED.replace("sh:minCount 1 ;", "sh:minCount ;");
    const refusal = uploadSchema({
      actor: await admin(),
      input: { name: "publisher", version: "1.0.0", format: "turtle", profile: "dataloft-health", content: broken },
    });
    await expect(refusal).rejects.toMatchObject({
      code: "INVALID_INPUT",
      invalidParams: [{ name: "body.content", reason: expect.stringMatching(/^line 7, column 53: Expected entity but got ;/) }],
    });
    await expect(
      uploadSchema({
        actor: await admin(),
        input: { name: "p", version: "1", format: "turtle", profile: "dataloft-health", content: "@prefix ex: <https://example.org/> .\nex:a ex:b ex:c ." },
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", invalidParams: [{ reason: "the document declares no sh:NodeShape" }] });
    await expect(
      uploadSchema({
        actor: await admin(),
        input: { name: "p", version: "1", format: "jsonld", profile: "dataloft-health", content: '{\n  "@context": {},\n  "a": ,\n}' },
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", invalidParams: [{ reason: expect.stringMatching(/^line 3, column 8: /) }] });
    expect(await database.current().prisma.schema.count()).toBe(0);
    expect(await database.current().prisma.auditEvent.count({ where: { subjectType: "Schema" } })).toBe(0);
  });

  it("accepts JSON-LD shapes and counts their NodeShapes", async () => {
    const content = JSON.stringify({
      "@context": { sh: "http://www.w3.org/ns/shacl#", dcat: "http://www.w3.org/ns/dcat#", "sh:targetClass": { "@type": "@id" } },
      "@graph": [
        { "@id": "https://example.org/shapes#A", "@type": "sh:NodeShape", "sh:targetClass": "dcat:Dataset" },
        { "@id": "https://example.org/shapes#B", "@type": "sh:NodeShape", "sh:targetClass": "dcat:Distribution" },
      ],
    });
    const uploaded = await uploadSchema({
      actor: await admin(),
      input: { name: "two-shapes", version: "0.1", format: "jsonld", profile: "healthdcat-ap", content },
    });
    expect(uploaded).toMatchObject({ status: "DRAFT", format: "jsonld", profile: "healthdcat-ap", nodeShapeCount: 2 });
    await expect(
      uploadSchema({ actor: await admin(), input: { name: "two-shapes", version: "0.1", format: "jsonld", profile: "healthdcat-ap", content } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses every schema operation from a participant administrator", async () => {
    const { actor } = await hospital();
    const stored = await uploadSchema({
      actor: await admin(),
      input: { name: "publisher", version: "1.0.0", format: "turtle", profile: "dataloft-health", content: PUBLISHER_REQUIRED },
    });
    const input = { name: "other", version: "1", format: "turtle" as const, profile: "dataloft-health" as const, content: PUBLISHER_REQUIRED };
    await expect(uploadSchema({ actor, input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(uploadSchema({ actor: null, input })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(findSchemas({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(activateSchema({ actor, id: stored.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(retireSchema({ actor, id: stored.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(startRevalidation({ actor, reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(findRevalidationRuns({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getRevalidationRun({ actor, id: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const prisma = database.current().prisma;
    expect(await prisma.schema.findMany({ select: { name: true, status: true } })).toEqual([{ name: "publisher", status: "DRAFT" }]);
    expect(await prisma.revalidationRun.count()).toBe(0);
  });

  it("flags an entry that violates newly activated shapes, keeps it stored, and clears the flag on retirement", async () => {
    const { participant, actor } = await hospital();
    const withPublisher = { ...unsignedHealthDataset({ title: "With publisher", description: "x" }) };
    (withPublisher.credentialSubject as Record<string, unknown>)["dct:publisher"] = { id: participant.did };
    const compliant = await publish(participant.id, actor, withPublisher);
    const violating = await publish(participant.id, actor, unsignedHealthDataset({ title: "No publisher", description: "y" }));
    expect([compliant.entry.validation?.conforms, violating.entry.validation?.conforms]).toEqual([true, true]);

    const schema = await uploadSchema({
      actor: await admin(),
      input: { name: "publisher", version: "1.0.0", format: "turtle", profile: "dataloft-health", content: PUBLISHER_REQUIRED },
    });
    expect(schema.nodeShapeCount).toBe(1);
    // A DRAFT takes no part in validation.
    expect(await db().validationReport.count({ where: { conforms: false } })).toBe(0);

    const activated = await activateSchema({ actor: await admin(), id: schema.id });
    expect(activated.schema.status).toBe("ACTIVE");
    const queued = await getRevalidationRun({ actor: await admin(), id: activated.revalidationRunId });
    expect(["QUEUED", "RUNNING", "DONE"]).toContain(queued.status);
    const run = await waitForRevalidation({ runId: activated.revalidationRunId });
    expect(run).toMatchObject({ status: "DONE", total: 2, processed: 2, failed: 1 });
    expect(run.finishedAt).not.toBeNull();

    const flaggedReports = await reportsOf(violating.entry.hash);
    expect(flaggedReports.map((report) => [report.conforms, report.current])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(flaggedReports[1]?.schemaId).toBe(schema.id);
    expect(JSON.stringify(flaggedReports[1]?.results)).toContain("Dataset needs a publisher");
    expect((await reportsOf(compliant.entry.hash)).map((report) => [report.conforms, report.current])).toEqual([
      [true, false],
      [true, true],
    ]);
    // Flagged, never deleted: the entry is still stored and ACTIVE.
    expect(await db().selfDescription.findUnique({ where: { hash: violating.entry.hash }, select: { status: true } })).toEqual({ status: "ACTIVE" });
    expect(await db().auditEvent.count({ where: { action: "entry.flagged", subjectId: violating.entry.hash } })).toBe(1);
    // The public entry shows the flag through its current report.
    expect((await getSelfDescription({ hash: violating.entry.hash })).entry.validation?.conforms).toBe(false);
    expect((await getSelfDescription({ hash: compliant.entry.hash })).entry.validation?.conforms).toBe(true);
    // Publishing uses the same shapes: a new entry without publisher is refused now.
    await expect(publish(participant.id, actor, unsignedHealthDataset({ title: "Later", description: "z" }))).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });

    const retired = await retireSchema({ actor: await admin(), id: schema.id });
    expect(retired.schema.status).toBe("RETIRED");
    const second = await waitForRevalidation({ runId: retired.revalidationRunId ?? "" });
    expect(second).toMatchObject({ status: "DONE", total: 2, processed: 2, failed: 0 });
    const cleared = await reportsOf(violating.entry.hash);
    expect(cleared.map((report) => [report.conforms, report.current])).toEqual([
      [true, false],
      [false, false],
      [true, true],
    ]);
    expect(cleared[2]?.schemaId).toBeNull();
    expect((await getSelfDescription({ hash: violating.entry.hash })).entry.validation?.conforms).toBe(true);
    expect(await db().auditEvent.count({ where: { action: "entry.conforms-again", subjectId: violating.entry.hash } })).toBe(1);

    const { items } = await findRevalidationRuns({ actor: await admin() });
    expect(items.map((item) => item.id)).toEqual([retired.revalidationRunId, activated.revalidationRunId]);
    await expect(retireSchema({ actor: await admin(), id: schema.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await findSchemas({ actor: await admin(), query: { status: "RETIRED" } })).items.map((item) => item.id)).toEqual([schema.id]);
  });

  it("writes progress batch by batch and activating a new version retires the previous one", async () => {
    const { participant, actor } = await hospital();
    for (const title of ["One", "Two", "Three"]) await publish(participant.id, actor, unsignedHealthDataset({ title, description: "d" }));
    const first = await uploadSchema({
      actor: await admin(),
      input: { name: "publisher", version: "1", format: "turtle", profile: "dataloft-health", content: PUBLISHER_REQUIRED },
    });
    const second = await uploadSchema({
      actor: await admin(),
      input: {
        name: "publisher",
        version: "2",
        format: "turtle",
        profile: "dataloft-health",
        content: PUBLISHER_REQUIRED.replace('publisher"', 'publisher (v2)"'),
      },
    });
    await waitForRevalidation({ runId: (await activateSchema({ actor: await admin(), id: first.id })).revalidationRunId });
    const activated = await activateSchema({ actor: await admin(), id: second.id });
    expect(activated.superseded).toEqual([first.id]);
    await waitForRevalidation({ runId: activated.revalidationRunId });

    const manual = await startRevalidation({ actor: await admin(), reason: "manual", batchSize: 1 });
    expect(manual.status).toBe("QUEUED");
    // Polled while it runs: status only moves forward and processed never goes back.
    const ORDER = ["QUEUED", "RUNNING", "DONE"];
    const observed: { status: string; processed: number }[] = [];
    for (let polls = 0; polls < 2000; polls += 1) {
      const run = await getRevalidationRun({ actor: await admin(), id: manual.id });
      observed.push({ status: run.status, processed: run.processed });
      if (run.status === "DONE" || run.status === "FAILED") break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    for (let index = 1; index < observed.length; index += 1) {
      expect(ORDER.indexOf(observed[index]!.status)).toBeGreaterThanOrEqual(ORDER.indexOf(observed[index - 1]!.status));
      expect(observed[index]!.processed).toBeGreaterThanOrEqual(observed[index - 1]!.processed);
    }
    expect(observed.at(-1)).toEqual({ status: "DONE", processed: 3 });
    const done = await waitForRevalidation({ runId: manual.id });
    expect(done).toMatchObject({ status: "DONE", total: 3, processed: 3, failed: 3 });
    const current = await db().validationReport.findMany({ where: { current: true } });
    expect(current).toHaveLength(3);
    expect(current.every((report) => !report.conforms && report.schemaId === second.id)).toBe(true);
    expect((await db().schema.findUnique({ where: { id: first.id } }))?.status).toBe("RETIRED");
  });
});
