import { performance } from "node:perf_hooks";
import type { Database } from "@/lib/db";
import { signUpParticipant } from "@/lib/participants/sign-up-participant";
import { generateParticipantKey } from "@/lib/participants/generate-participant-key";
import { signWithParticipantKey } from "@/lib/participants/sign-with-participant-key";
import { loadUserActor } from "@/lib/auth/load-actor";
import { publishSelfDescription } from "@/lib/catalogue/publish-self-description";
import { sha256Hex } from "@/lib/catalogue/parse-submission";
import { getContextLoader, getPipelineServices } from "@/lib/wiring/services";
import { unsignedHealthDataset } from "@/test/support/health-credential";
import { naivePublish } from "./naive-publish";

const keyEncryptionKey = new Uint8Array(32).fill(3);
const WARM_UP = 5;

export interface PublishFigures {
  /** Publishes per second. */
  pipeline: number;
  naive: number;
}

/**
 * Publishes `count` distinct signed health datasets through each pipeline on the process database
 * (signing excluded), alternating in `rounds` batches so that a busy machine weighs on both alike,
 * after a few warm-up publishes each. The portal pipeline is called as the API route calls it
 * (getPipelineServices per request). Throws unless both stored every entry with all its rows.
 */
export async function measurePublishing(options: { database: Database; count: number; rounds: number }): Promise<PublishFigures> {
  const stamp = Date.now();
  const { participant, user } = await signUpParticipant({
    input: { legalName: `Bench Klinik ${stamp}`, name: "B", email: `bench-${stamp}@bench.example`, password: "benchmark password" },
    publicUrl: "http://localhost:3000",
  });
  await generateParticipantKey({ prisma: options.database.prisma, participant, algorithm: "Ed25519", keyEncryptionKey });
  const actor = await loadUserActor({ userId: user.id });
  if (!actor) throw new Error("the bench participant's member did not load");
  const documentLoader = await getContextLoader();
  const sign = async (index: number) => {
    const document = unsignedHealthDataset({ title: `Benchmark dataset ${index}`, description: `Blood pressure readings for a benchmark, batch ${stamp}` });
    return JSON.stringify(
      await signWithParticipantKey({ actor, participantId: participant.id, document, format: "eddsa-rdfc-2022", documentLoader, keyEncryptionKey }),
    );
  };
  const texts: string[] = [];
  for (let index = 0; index < 2 * (options.count + WARM_UP); index += 1) texts.push(await sign(index));
  const contentType = "application/ld+json";

  const pipeline = async (text: string) => publishSelfDescription({ actor, text, contentType, services: await getPipelineServices({ budget: "background" }) });
  const naive = (text: string) => naivePublish({ actor, text, contentType });
  const runs = [
    { name: "pipeline", publish: pipeline, texts: texts.slice(0, options.count + WARM_UP), milliseconds: 0 },
    { name: "naive", publish: naive, texts: texts.slice(options.count + WARM_UP), milliseconds: 0 },
  ];
  for (const run of runs) for (const text of run.texts.slice(0, WARM_UP)) await run.publish(text);
  const batch = Math.ceil(options.count / options.rounds);
  for (let start = WARM_UP; start < options.count + WARM_UP; start += batch) {
    for (const run of runs) {
      const started = performance.now();
      for (const text of run.texts.slice(start, Math.min(start + batch, options.count + WARM_UP))) {
        const { created } = await run.publish(text);
        if (!created) throw new Error(`${run.name}: a new document was not created`);
      }
      run.milliseconds += performance.now() - started;
    }
  }
  for (const run of runs) await expectStored(options.database, run.name, run.texts);
  const [portal, baseline] = runs.map((run) => options.count / (run.milliseconds / 1000));
  return { pipeline: portal ?? NaN, naive: baseline ?? NaN };
}

/** Every document has its entry, projection, verification, validation and audit row: both pipelines did the same work. */
async function expectStored(database: Database, name: string, texts: string[]) {
  const hashes = texts.map(sha256Hex);
  const [counts] = await database.sql.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM "SelfDescription" WHERE "hash" = ANY($1::text[])) AS "entries",
            (SELECT count(*)::int FROM "SearchProjection" WHERE "selfDescriptionHash" = ANY($1::text[])) AS "projections",
            (SELECT count(*)::int FROM "VerificationResult" WHERE "selfDescriptionHash" = ANY($1::text[])) AS "verifications",
            (SELECT count(*)::int FROM "ValidationReport" WHERE "selfDescriptionHash" = ANY($1::text[])) AS "validations",
            (SELECT count(*)::int FROM "AuditEvent" WHERE "subjectId" = ANY($1::text[]) AND "action" = 'self-description.published') AS "audits"`,
    [hashes],
  );
  const wrong = Object.entries(counts ?? {}).filter(([, count]) => count !== texts.length);
  if (wrong.length > 0) throw new Error(`${name} stored ${wrong.map(([what, count]) => `${count} ${what}`).join(", ")} for ${texts.length} documents`);
}
