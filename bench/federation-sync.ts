// Federation benchmark: node B harvests N entries (default 10,000) from node A, both whole portal
// processes on loopback ports with separate databases (A embedded; B on PostgreSQL when DATABASE_URL
// names a local server, else embedded). A's entries are genuinely signed (eddsa-rdfc-2022, or VC-JWT
// with --format=jwt) by a participant hosted on A and written straight into A's database; B verifies
// and validates every one of them again, as it would in production. Needs `next build` first.
// Run: node --conditions=react-server --import tsx bench/federation-sync.ts [--entries=10000] [--format=ld|jwt]
import os from "node:os";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { randomUUID } from "node:crypto";
import { setProcessDatabase } from "@/lib/db";
import { openDatabase } from "@/lib/db/open-database";
import { openMigrated } from "@/test/support/test-databases";
import { signUpParticipant } from "@/lib/participants/sign-up-participant";
import { generateParticipantKey } from "@/lib/participants/generate-participant-key";
import { signWithParticipantKey } from "@/lib/participants/sign-with-participant-key";
import { createDocumentLoader } from "@/lib/credentials/jsonld/create-document-loader";
import { sha256Hex } from "@/lib/catalogue/parse-submission";
import { unsignedHealthDataset } from "@/test/support/health-credential";
import { startInstance } from "@/test/system/start-instance";

const entries = Number(process.argv.find((a) => a.startsWith("--entries="))?.split("=")[1] ?? 10_000);
const format = process.argv.find((a) => a.startsWith("--format="))?.split("=")[1] === "jwt" ? "vc-jwt" : "eddsa-rdfc-2022";
const PORT_A = 3321;
const PORT_B = 3322;
const ADMIN = "bench-federation-admin-token-0123456789";
const KEK = Buffer.alloc(32, 5);
const WORDS = ["cardiology", "diabetes", "oncology", "sleep", "stroke", "asthma", "dementia", "nephrology", "wearable", "telemonitoring"];

async function seedNodeA(dataDir: string) {
  const database = await openMigrated(openDatabase({ dataDir }));
  setProcessDatabase(database);
  const { participant } = await signUpParticipant({
    input: { legalName: "Bench Klinikum", name: "Bench", email: "bench@klinikum.test", password: "bench password 2026" },
    publicUrl: `http://localhost:${PORT_A}`,
  });
  await generateParticipantKey({ prisma: database.prisma, participant, algorithm: format === "vc-jwt" ? "P-256" : "Ed25519", keyEncryptionKey: KEK });
  const documentLoader = createDocumentLoader();
  const started = performance.now();
  const batch: { text: string; hash: string }[] = [];
  const flush = async () => {
    await database.prisma.selfDescription.createMany({
      data: batch.map(({ text, hash }) => ({
        hash,
        content: new TextEncoder().encode(text),
        contentType: format === "vc-jwt" ? "application/vc+jwt" : "application/ld+json",
        format: format === "vc-jwt" ? "VC_JWT" : "JSONLD_VC",
        subjectIds: [],
        types: ["dcat:Dataset"],
        issuerDid: participant.did,
        origin: "LOCAL",
      })),
    });
    batch.length = 0;
  };
  for (let index = 0; index < entries; index += 1) {
    const word = WORDS[index % WORDS.length] as string;
    const unsigned = {
      ...unsignedHealthDataset({
        title: `${word} dataset ${index}`,
        description: `Pseudonymised ${word} data, bench entry ${index}`,
        subjectId: `urn:uuid:${randomUUID()}`,
      }),
      issuer: participant.did,
    };
    const signed = await signWithParticipantKey({
      actor: null,
      skipAuthorisation: true,
      participantId: participant.id,
      document: unsigned,
      format,
      documentLoader,
      keyEncryptionKey: KEK,
    });
    const text = typeof signed === "string" ? signed : JSON.stringify(signed);
    batch.push({ text, hash: sha256Hex(text) });
    if (batch.length === 500) await flush();
  }
  await flush();
  const seconds = (performance.now() - started) / 1000;
  await database.close();
  return { seconds };
}

async function main() {
  console.log(
    `machine: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, ${new Date().toISOString()}`,
  );
  const dataDirA = mkdtempSync(path.join(tmpdir(), "dataloft-bench-a-"));
  const seeded = await seedNodeA(dataDirA);
  console.log(`seeded node A with ${entries} signed ${format} entries in ${seeded.seconds.toFixed(1)} s (not part of the sync figure)`);
  const a = await startInstance({
    port: PORT_A,
    adminToken: ADMIN,
    seedDemo: false,
    env: { DATALOFT_DATA_DIR: dataDirA, DATALOFT_KEY_ENCRYPTION_KEY: KEK.toString("base64url") },
  });
  const b = await startInstance({
    port: PORT_B,
    adminToken: ADMIN,
    seedDemo: false,
    postgresServerUrl: process.env.DATABASE_URL || undefined,
    env: { DATALOFT_PEER_HOSTS: "localhost", DATALOFT_PEER_ALLOW_PRIVATE: "true" },
  });
  try {
    const headers = { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" };
    const peer = (await (
      await fetch(`${b.baseUrl}/api/v1/admin/peers`, { method: "POST", headers, body: JSON.stringify({ name: "Node A", baseUrl: a.baseUrl }) })
    ).json()) as { id: string };
    const started = performance.now();
    const accepted = await fetch(`${b.baseUrl}/api/v1/admin/peers/${peer.id}/sync`, { method: "POST", headers });
    if (accepted.status !== 202) throw new Error(`sync not started: ${accepted.status} ${await accepted.text()}`);
    let report: Record<string, unknown> = {};
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const state = (await (await fetch(`${b.baseUrl}/api/v1/admin/peers/${peer.id}`, { headers })).json()) as {
        syncStatus: string;
        report: Record<string, unknown>;
      };
      report = state.report;
      if (state.syncStatus !== "RUNNING") break;
      process.stdout.write(
        `\r  ${String(report.received)} received, ${String(report.stored)} stored, ${((performance.now() - started) / 1000).toFixed(0)} s   `,
      );
    }
    process.stdout.write("\n");
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `full sync (B: ${b.databaseKind}): ${seconds.toFixed(1)} s, ${(entries / seconds).toFixed(0)} entries/s — report ${JSON.stringify({ ...report, refusals: undefined })}`,
    );
    const again = performance.now();
    const second = (await (await fetch(`${b.baseUrl}/api/v1/admin/peers/${peer.id}/sync?wait=true`, { method: "POST", headers })).json()) as Record<
      string,
      unknown
    >;
    console.log(
      `incremental sync with nothing new: ${((performance.now() - again) / 1000).toFixed(2)} s — ${JSON.stringify({ ...second, refusals: undefined })}`,
    );
    const stats = (await (await fetch(`${b.baseUrl}/api/v1/self-descriptions?q=oncology&limit=1`)).json()) as { total: number };
    console.log(`B finds ${stats.total} entries for "oncology" (expected ${Math.ceil(entries / WORDS.length)})`);
  } finally {
    await Promise.all([a.stop(), b.stop()]);
    rmSync(dataDirA, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
