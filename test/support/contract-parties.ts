import type { Database } from "@/lib/db";
import { db } from "@/lib/db";
import { signUpParticipant } from "@/lib/participants/sign-up-participant";
import { generateParticipantKey } from "@/lib/participants/generate-participant-key";
import { loadUserActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { buildHealthDatasetCredential, type HealthDatasetForm } from "@/lib/catalogue/build-health-dataset-credential";
import { createTestEntry } from "./catalogue-factory";

// The parties of a contract test: a hospital hosted here with a signing key, a research institute,
// a citizen, and a health dataset the hospital issued (stored directly, as the catalogue factory does).

export const PUBLIC_URL = "http://localhost:3000";
const keyEncryptionKey = new Uint8Array(32).fill(7);
// The portal's key-encryption key, read lazily through lib/env by the agreement signer.
process.env.DATALOFT_KEY_ENCRYPTION_KEY ??= Buffer.from(keyEncryptionKey).toString("base64url");
process.env.DATALOFT_PUBLIC_URL ??= PUBLIC_URL;

export interface Party {
  id: string;
  did: string;
  actor: Actor;
}

async function party(legalName: string, email: string, kind: "ORGANISATION" | "CITIZEN" = "ORGANISATION"): Promise<Party> {
  const { participant, user } = await signUpParticipant({
    input: { kind, legalName, name: legalName, email, password: "a long enough password", countryCode: "DE" },
    publicUrl: PUBLIC_URL,
  });
  return { id: participant.id, did: participant.did, actor: (await loadUserActor({ userId: user.id }))! };
}

export async function createContractParties(database: Database, options: { dataset?: Partial<HealthDatasetForm>; citizens?: number; trustee?: boolean } = {}) {
  const provider = await party("Uniklinik Test", "steward@klinik.test");
  await generateParticipantKey({ prisma: db(), participant: provider, algorithm: "Ed25519", keyEncryptionKey });
  const consumer = await party("Institut Test", "studies@institut.test");
  const citizens: Party[] = [];
  for (let index = 0; index < (options.citizens ?? 0); index += 1)
    citizens.push(await party(`Citizen ${index + 1}`, `citizen${index + 1}@citizen.test`, "CITIZEN"));
  const trustee = options.trustee ? await party("Datentreuhand Test", "trust@treuhand.test") : null;
  const credential = buildHealthDatasetCredential(
    {
      title: "Blood pressure registry",
      purposes: ["ScientificResearch"],
      offerMaxDurationDays: 365,
      offerRegions: ["EU"],
      offerPseudonymisationRequired: true,
      ...(citizens.length ? { consentParticipants: citizens.map((citizen) => citizen.did), ...(trustee ? { dataTrustee: trustee.did } : {}) } : {}),
      ...options.dataset,
    },
    { subjectId: `urn:uuid:${crypto.randomUUID()}` },
  );
  const { hash } = await createTestEntry(database, credential.credentialSubject as Record<string, unknown>, { issuerDid: provider.did });
  const offerId = `${(credential.credentialSubject as { id: string }).id}#offer`;
  return { provider, consumer, citizens, trustee, hash, offerId, keyEncryptionKey };
}
