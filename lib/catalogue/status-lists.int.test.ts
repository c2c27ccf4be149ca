import { createHash } from "node:crypto";

import { describe, expect, it, vi } from "vitest";

import { loadUserActor } from "@/lib/auth/load-actor";
import { statusEntry, statusListCredential } from "@/lib/credentials/status/test-status-lists";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { generateParticipantKey } from "@/lib/participants/generate-participant-key";
import { signUpParticipant } from "@/lib/participants/sign-up-participant";
import { signWithParticipantKey } from "@/lib/participants/sign-with-participant-key";
import { unsignedHealthDataset } from "@/test/support/health-credential";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";

import { getContextLoader, getPipelineServices } from "@/lib/wiring/services";
import { publishSelfDescription } from "./publish-self-description";
import { recheckCredentialStatus } from "./recheck-credential-status";

// Status lists in the publish pipeline: a list published in this catalogue decides; one elsewhere is
// not fetched (outside resolution is off in tests) and only warns.

const keyEncryptionKey = new Uint8Array(32).fill(7);
const LIST_URL = "https://hospital.example/status/1";
const REVOKED = 42;

describe.each(testDatabaseTargets())("status lists when publishing on $name", (target) => {
  withTestDatabase(target);

  async function hospital() {
    const { participant, user } = await signUpParticipant({
      input: { legalName: "Status Klinik", name: "S", email: "s@s.test", password: "a long enough password" },
      publicUrl: "http://localhost:3000",
    });
    await generateParticipantKey({ prisma: db(), participant, algorithm: "Ed25519", keyEncryptionKey });
    const sign = async (document: Record<string, unknown>) =>
      (await signWithParticipantKey({
        actor: null,
        skipAuthorisation: true,
        participantId: participant.id,
        document,
        format: "eddsa-rdfc-2022",
        documentLoader: await getContextLoader(),
        keyEncryptionKey,
      })) as Record<string, unknown>;
    return { participant, sign, actor: await loadUserActor({ userId: user.id }) };
  }

  // Stored as the pipeline stores entries: bytes as received, found by subject id, the issuer's
  // previous list of the same subject deprecated (one ACTIVE version per subject).
  async function storeStatusList(document: Record<string, unknown>, issuerDid: string) {
    const text = JSON.stringify(document);
    const validFrom = typeof document.validFrom === "string" ? new Date(document.validFrom) : null;
    await db().selfDescription.updateMany({ where: { issuerDid, status: "ACTIVE", subjectIds: { has: `${LIST_URL}#list` } }, data: { status: "DEPRECATED" } });
    await db().selfDescription.create({
      data: {
        hash: createHash("sha256").update(text).digest("hex"),
        content: new TextEncoder().encode(text),
        contentType: "application/ld+json",
        format: "JSONLD_VC",
        subjectIds: [`${LIST_URL}#list`],
        types: ["VerifiableCredential", "BitstringStatusListCredential"],
        issuerDid,
        validFrom,
      },
    });
  }

  const datasetWithStatus = (title: string, index: number, url = LIST_URL) => ({
    ...unsignedHealthDataset({ title, description: "x" }),
    credentialStatus: statusEntry({ url, index }),
  });

  it("refuses a revoked credential and publishes an unrevoked one against a list published here", async () => {
    const { participant, sign, actor } = await hospital();
    await storeStatusList(await sign(statusListCredential({ url: LIST_URL, issuer: participant.did, setIndexes: [REVOKED] })), participant.did);

    const revoked = await sign(datasetWithStatus("Revoked dataset", REVOKED));
    await expect(
      publishSelfDescription({
        actor,
        text: JSON.stringify(revoked),
        contentType: "application/ld+json",
        services: await getPipelineServices({ budget: "background" }),
      }),
    ).rejects.toMatchObject({
      code: "VERIFICATION_FAILED",
      details: { verification: { checks: expect.arrayContaining([expect.objectContaining({ id: "status.revoked", passed: false })]) } },
    });

    const fine = await sign(datasetWithStatus("Current dataset", REVOKED + 1));
    const { entry } = await publishSelfDescription({
      actor,
      text: JSON.stringify(fine),
      contentType: "application/ld+json",
      services: await getPipelineServices({ budget: "background" }),
    });
    expect(entry.verification?.verified).toBe(true);
    const stored = await db().verificationResult.findUniqueOrThrow({ where: { selfDescriptionHash: entry.hash } });
    expect(stored.checks).toEqual(expect.arrayContaining([expect.objectContaining({ id: "status.revoked", passed: true })]));
  });

  it("lets the newest list decide, not the last one uploaded (no replay of an older list)", async () => {
    const { participant, sign, actor } = await hospital();
    const list = (validFrom: string, setIndexes: number[]) =>
      sign({ ...statusListCredential({ url: LIST_URL, issuer: participant.did, setIndexes }), validFrom });
    await storeStatusList(await list("2026-03-01T00:00:00Z", [REVOKED]), participant.did);
    await storeStatusList(await list("2026-01-01T00:00:00Z", []), participant.did);
    const revoked = await sign(datasetWithStatus("Revoked in March", REVOKED));
    await expect(
      publishSelfDescription({
        actor,
        text: JSON.stringify(revoked),
        contentType: "application/ld+json",
        services: await getPipelineServices({ budget: "background" }),
      }),
    ).rejects.toMatchObject({
      code: "VERIFICATION_FAILED",
      details: { verification: { checks: expect.arrayContaining([expect.objectContaining({ id: "status.revoked", passed: false })]) } },
    });
  });

  it("publishes with a warning, and without any outbound request, when the list is elsewhere", async () => {
    // The guarded fetch would reach out were outside resolution on; tests never touch the network.
    expect(getEnv().DATALOFT_DID_WEB_RESOLUTION).toBe(false);
    const { sign, actor } = await hospital();
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const elsewhere = "https://registry.example/status/9";
    const signed = await sign(datasetWithStatus("Listed elsewhere", 3, elsewhere));
    const { entry } = await publishSelfDescription({
      actor,
      text: JSON.stringify(signed),
      contentType: "application/ld+json",
      services: await getPipelineServices({ budget: "background" }),
    });
    expect(entry.verification?.verified).toBe(true);
    expect(entry.verification?.warnings).toEqual(
      expect.arrayContaining([`status.checked: Status not checked: the status list ${elsewhere} could not be consulted offline`]),
    );
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });
});

describe.each(testDatabaseTargets())("re-checking status lists of stored entries on $name", (target) => {
  withTestDatabase(target);

  it("revokes an entry whose issuer revoked it in a newer list, audits it, and leaves the others", async () => {
    const { participant, user } = await signUpParticipant({
      input: { legalName: "Recheck Klinik", name: "R", email: "r@r.test", password: "a long enough password" },
      publicUrl: "http://localhost:3000",
    });
    await generateParticipantKey({ prisma: db(), participant, algorithm: "Ed25519", keyEncryptionKey });
    const actor = await loadUserActor({ userId: user.id });
    const sign = async (document: Record<string, unknown>) =>
      (await signWithParticipantKey({
        actor: null,
        skipAuthorisation: true,
        participantId: participant.id,
        document,
        format: "eddsa-rdfc-2022",
        documentLoader: await getContextLoader(),
        keyEncryptionKey,
      })) as Record<string, unknown>;
    const publish = async (document: Record<string, unknown>) =>
      (
        await publishSelfDescription({
          actor,
          text: JSON.stringify(document),
          contentType: "application/ld+json",
          services: await getPipelineServices({ budget: "background" }),
        })
      ).entry.hash;

    // The list is published here like any credential; at first nothing in it is set.
    await publish(await sign({ ...statusListCredential({ url: LIST_URL, issuer: participant.did, setIndexes: [] }), validFrom: "2026-01-01T00:00:00Z" }));
    const later = await publish(
      await sign({ ...unsignedHealthDataset({ title: "Revoked later", description: "x" }), credentialStatus: statusEntry({ url: LIST_URL, index: REVOKED }) }),
    );
    const kept = await publish(
      await sign({
        ...unsignedHealthDataset({ title: "Still valid", description: "x" }),
        credentialStatus: statusEntry({ url: LIST_URL, index: REVOKED + 1 }),
      }),
    );
    const plain = await publish(await sign(unsignedHealthDataset({ title: "No status", description: "x" })));

    const unchanged = await recheckCredentialStatus({ services: await getPipelineServices({ budget: "background" }) });
    expect(unchanged).toMatchObject({ checked: 2, revoked: [], complete: true });

    // The issuer publishes a newer list revoking one of them; the next round revokes it here.
    await publish(
      await sign({ ...statusListCredential({ url: LIST_URL, issuer: participant.did, setIndexes: [REVOKED] }), validFrom: "2026-06-01T00:00:00Z" }),
    );
    const round = await recheckCredentialStatus({ services: await getPipelineServices({ budget: "background" }) });
    expect(round.revoked).toEqual([{ hash: later, reason: expect.stringMatching(/revoked/i) }]);
    const statuses = await db().selfDescription.findMany({ where: { hash: { in: [later, kept, plain] } }, select: { hash: true, status: true } });
    expect(Object.fromEntries(statuses.map((row) => [row.hash, row.status]))).toEqual({ [later]: "REVOKED", [kept]: "ACTIVE", [plain]: "ACTIVE" });
    expect(await db().auditEvent.count({ where: { action: "self-description.revoked-by-status-list", subjectId: later } })).toBe(1);

    // Idempotent: another round (another instance) writes nothing more.
    expect((await recheckCredentialStatus({ services: await getPipelineServices({ budget: "background" }) })).revoked).toEqual([]);
    expect(await db().auditEvent.count({ where: { action: "self-description.revoked-by-status-list" } })).toBe(1);
  });
});
