import { setProcessDatabase, type Database } from "@/lib/db";
import { openDatabase } from "@/lib/db/open-database";
import { openMigrated } from "@/test/support/test-databases";
import { signUpParticipant } from "@/lib/participants/sign-up-participant";
import { generateParticipantKey } from "@/lib/participants/generate-participant-key";
import { signWithParticipantKey } from "@/lib/participants/sign-with-participant-key";
import { findHostedDidDocument } from "@/lib/participants/did-sources";
import { getContextLoader } from "@/lib/wiring/services";
import type { DidDocument, JsonObject } from "@/lib/credentials/types";
import { unsignedHealthDataset } from "@/test/support/health-credential";

const keyEncryptionKey = new Uint8Array(32).fill(7);
const WORDS = ["cardiology", "diabetes", "oncology", "sleep", "stroke", "asthma", "dementia", "nephrology", "wearable", "telemonitoring"];

export interface SignedHealthDatasets {
  /** A fresh, migrated in-memory database holding the issuing participant (the process database). */
  database: Database;
  issuerDid: string;
  /** The issuer's DID document as the portal's hosted resolver builds it. */
  didDocument: DidDocument;
  /** Valid signed datasets, as sent to the portal (JSON text). */
  texts: string[];
  /** Verdict probes: a forged copy (signature fails) and a signed dataset that breaks a shape. */
  forged: string;
  nonConforming: string;
}

/**
 * `count` distinct health datasets as the publish wizard builds them, each signed (eddsa-rdfc-2022,
 * Ed25519) with the key the portal holds for a hosted participant, exactly as the wizard's "sign"
 * step does. The database is set as the process database, so getPipelineServices resolves the DID.
 */
export async function createSignedHealthDatasets(options: { count: number }): Promise<SignedHealthDatasets> {
  const database = await openMigrated(openDatabase({ dataDir: "memory://" }));
  setProcessDatabase(database);
  const { participant } = await signUpParticipant({
    input: { legalName: "Bench Klinikum", name: "Bench", email: "bench@klinikum.test", password: "bench password 2026" },
    publicUrl: "http://localhost:3000",
  });
  await generateParticipantKey({ prisma: database.prisma, participant, algorithm: "Ed25519", keyEncryptionKey });
  const documentLoader = await getContextLoader();
  const sign = async (document: JsonObject) =>
    JSON.stringify(
      await signWithParticipantKey({
        actor: null,
        skipAuthorisation: true,
        participantId: participant.id,
        document,
        format: "eddsa-rdfc-2022",
        documentLoader,
        keyEncryptionKey,
      }),
    );
  const dataset = (index: number) => {
    const word = WORDS[index % WORDS.length] as string;
    return unsignedHealthDataset({
      title: `${word} dataset ${index}`,
      description: `Pseudonymised ${word} readings, bench entry ${index}`,
      subjectId: `urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
    });
  };
  const texts: string[] = [];
  for (let index = 0; index < options.count; index += 1) texts.push(await sign(dataset(index)));

  const forgedDocument = JSON.parse(texts[0] as string) as JsonObject;
  (forgedDocument.credentialSubject as JsonObject)["dct:title"] = "Forged title";
  const broken = dataset(options.count);
  delete (broken.credentialSubject as JsonObject)["dct:title"];
  const didDocument = await findHostedDidDocument(participant.did);
  if (!didDocument) throw new Error("the bench participant's DID document did not build");
  return { database, issuerDid: participant.did, didDocument, texts, forged: JSON.stringify(forgedDocument), nonConforming: await sign(broken) };
}
