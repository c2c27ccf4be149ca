import { performance } from "node:perf_hooks";
import { db } from "@/lib/db";
import { signUpParticipant } from "@/lib/participants/sign-up-participant";
import { generateParticipantKey } from "@/lib/participants/generate-participant-key";
import { signWithParticipantKey } from "@/lib/participants/sign-with-participant-key";
import { loadUserActor } from "@/lib/auth/load-actor";
import { publishSelfDescription } from "@/lib/catalogue/publish-self-description";
import { getContextLoader, getDidResolver, getPublishServices, submissionCredentials } from "@/lib/catalogue/get-publish-services";
import type { PublishServices } from "@/lib/catalogue/publish-services";
import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { verifyCredential } from "@/lib/credentials/verify-credential";
import { createShapesRegistry } from "@/lib/validation/shapes/create-shapes-registry";
import { validateSelfDescription } from "@/lib/validation/validate-self-description";
import { unsignedHealthDataset } from "@/test/support/health-credential";

const keyEncryptionKey = new Uint8Array(32).fill(3);

/** The naive pipeline: a fresh context loader and freshly parsed shapes for every document. */
function naiveServices(): PublishServices {
  return {
    verify: (submission) => verifyCredential({ document: submission.document, didResolver: getDidResolver(), documentLoader: createDocumentLoader(), format: submission.format }),
    validate: async (submission) => {
      const outcome = await validateSelfDescription({ document: submission.document, documentLoader: createDocumentLoader(), shapes: createShapesRegistry() });
      return { conforms: outcome.conforms, trustFramework: outcome.trustFramework ?? null, shapesUsed: outcome.shapesUsed, results: [] };
    },
    credentials: submissionCredentials,
  };
}

export async function measurePublishing(options: { count: number }): Promise<{ pipeline: number; naive: number }> {
  const { participant, user } = await signUpParticipant({ input: { legalName: `Bench Klinik ${Date.now()}`, name: "B", email: `bench-${Date.now()}@bench.example`, password: "benchmark password" }, publicUrl: "http://localhost:3000" });
  await generateParticipantKey({ prisma: db(), participant, algorithm: "Ed25519", keyEncryptionKey });
  const actor = await loadUserActor({ userId: user.id });
  const documentLoader = await getContextLoader();
  const signed: string[] = [];
  for (let index = 0; index < options.count * 2; index += 1) {
    const document = unsignedHealthDataset({ title: `Benchmark dataset ${index}`, description: "Blood pressure readings for a benchmark" });
    signed.push(JSON.stringify(await signWithParticipantKey({ actor, participantId: participant.id, document, format: "eddsa-rdfc-2022", documentLoader, keyEncryptionKey })));
  }
  const rate = async (texts: string[], services: () => Promise<PublishServices> | PublishServices) => {
    const started = performance.now();
    for (const text of texts) await publishSelfDescription({ actor, text, contentType: "application/ld+json", services: await services() });
    return texts.length / ((performance.now() - started) / 1000);
  };
  const pipeline = await rate(signed.slice(0, options.count), () => getPublishServices());
  const naive = await rate(signed.slice(options.count), naiveServices);
  return { pipeline, naive };
}
