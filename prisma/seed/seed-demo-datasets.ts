import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadUserActor } from "@/lib/auth/load-actor";
import { signWithParticipantKey } from "@/lib/participants/sign-with-participant-key";
import { publishSelfDescription } from "@/lib/catalogue/publish-self-description";
import { getContextLoader, getPipelineServices } from "@/lib/wiring/services";
import { DEMO_DATASETS, demoDatasetCredential } from "./demo-datasets";

/**
 * Signs the demo datasets with their publishers' portal-held keys and publishes them through the same
 * pipeline as any upload (verification and validation included). Needs the process database set.
 */
export async function seedDemoDatasets(options: { prisma: PrismaClient; keyEncryptionKey: Uint8Array }): Promise<number> {
  const documentLoader = await getContextLoader();
  const services = await getPipelineServices({ budget: "background" });
  let published = 0;
  for (const [index, dataset] of DEMO_DATASETS.entries()) {
    const participant = await options.prisma.participant.findUniqueOrThrow({
      where: { slug: dataset.publisher },
      include: { memberships: { where: { role: "PARTICIPANT_ADMIN" }, take: 1 } },
    });
    const admin = participant.memberships[0];
    if (!admin) throw new Error(`demo participant ${dataset.publisher} has no administrator`);
    const actor = await loadUserActor({ userId: admin.userId });
    const signed = await signWithParticipantKey({
      actor,
      participantId: participant.id,
      document: demoDatasetCredential(dataset, `urn:uuid:00000000-0000-4000-8000-${String(index + 1).padStart(12, "0")}`),
      format: dataset.format,
      documentLoader,
      keyEncryptionKey: options.keyEncryptionKey,
    });
    const text = typeof signed === "string" ? signed : JSON.stringify(signed, null, 2);
    await publishSelfDescription({ actor, text, contentType: typeof signed === "string" ? "application/vc+jwt" : "application/ld+json", services });
    published += 1;
  }
  return published;
}
