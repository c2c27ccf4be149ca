import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { participantDid } from "@/lib/participants/participant-did";
import { generateParticipantKey } from "@/lib/participants/generate-participant-key";
import { DEMO_PARTICIPANTS, DEMO_PASSWORD } from "./demo-participants";

export interface SeedReport {
  seeded: boolean;
  datasets?: number;
  logins: { email: string; password: string; role: string; participant: string }[];
}

/**
 * Seeds the demo data space into an EMPTY database (any participant present: nothing happens).
 * One transaction: either the whole demo or nothing.
 */
export async function seedDemoData(options: { prisma: PrismaClient; publicUrl: string; keyEncryptionKey: Uint8Array }): Promise<SeedReport> {
  const { prisma, publicUrl } = options;
  const logins = DEMO_PARTICIPANTS.flatMap((participant) =>
    participant.users.map((user) => ({ email: user.email, password: DEMO_PASSWORD, role: user.role, participant: participant.legalName })),
  );
  if ((await prisma.participant.count()) > 0) return { seeded: false, logins };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(async (tx) => {
    for (const demo of DEMO_PARTICIPANTS) {
      const participant = await tx.participant.create({
        data: {
          slug: demo.slug,
          legalName: demo.legalName,
          kind: demo.kind,
          countryCode: demo.countryCode,
          description: demo.description,
          website: demo.website,
          did: participantDid({ publicUrl, slug: demo.slug }),
        },
      });
      // Every demo participant signs with an Ed25519 key (Data Integrity) and a P-256 key (JWS / JWT).
      await generateParticipantKey({ prisma: tx, participant, algorithm: "Ed25519", keyEncryptionKey: options.keyEncryptionKey });
      await generateParticipantKey({ prisma: tx, participant, algorithm: "P-256", keyEncryptionKey: options.keyEncryptionKey });
      for (const demoUser of demo.users) {
        const user = await tx.user.create({ data: { email: demoUser.email, name: demoUser.name, passwordHash } });
        await tx.membership.create({ data: { userId: user.id, participantId: participant.id, role: demoUser.role } });
      }
    }
    await tx.auditEvent.create({
      data: { action: "demo.seeded", subjectType: "Catalogue", subjectId: "demo", detail: { participants: DEMO_PARTICIPANTS.length } },
    });
  });
  return { seeded: true, logins };
}
