import { describe, expect, it, vi } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { unsignedHealthDataset } from "@/test/support/health-credential";
import { db } from "@/lib/db";
import { signUpParticipant } from "@/lib/participants/sign-up-participant";
import { generateParticipantKey } from "@/lib/participants/generate-participant-key";
import { signWithParticipantKey } from "@/lib/participants/sign-with-participant-key";
import { loadUserActor } from "@/lib/auth/load-actor";
import { publishSelfDescription } from "./publish-self-description";
import { getContextLoader, getPipelineServices } from "@/lib/wiring/services";
import { findSelfDescriptions } from "./find-self-descriptions";
import { searchQuerySchema } from "./search-query";
import { inspectSubmission } from "./inspect-submission";

// The whole pipeline with the real credential core and validator against a real database.

const keyEncryptionKey = new Uint8Array(32).fill(5);

describe.each(testDatabaseTargets())("publish pipeline end to end on $name", (target) => {
  withTestDatabase(target);

  async function hospitalWithKeys(name = "Pipeline Klinik", email = "p@p.test") {
    const { participant, user } = await signUpParticipant({
      input: { legalName: name, name: "P", email, password: "a long enough password" },
      publicUrl: "http://localhost:3000",
    });
    await generateParticipantKey({ prisma: db(), participant, algorithm: "Ed25519", keyEncryptionKey });
    await generateParticipantKey({ prisma: db(), participant, algorithm: "P-256", keyEncryptionKey });
    return { participant, actor: await loadUserActor({ userId: user.id }) };
  }

  async function sign(participantId: string, document: Record<string, unknown>, format: "eddsa-rdfc-2022" | "vc-jwt" = "eddsa-rdfc-2022") {
    return signWithParticipantKey({
      actor: null,
      skipAuthorisation: true,
      participantId,
      document,
      format,
      documentLoader: await getContextLoader(),
      keyEncryptionKey,
    });
  }

  it("publishes a signed health dataset that is then found by full text and by facet", async () => {
    const { participant, actor } = await hospitalWithKeys();
    const signed = await sign(
      participant.id,
      unsignedHealthDataset({ title: "Home blood pressure readings", description: "Pseudonymised readings from connected monitors" }),
    );
    const text = JSON.stringify(signed, null, 2);
    const { created, entry } = await publishSelfDescription({
      actor,
      text,
      contentType: "application/ld+json",
      services: await getPipelineServices({ budget: "background" }),
    });
    expect(created).toBe(true);
    expect(entry.verification?.verified).toBe(true);
    expect(entry.validation?.conforms).toBe(true);
    expect(entry.trustFramework).toBeTruthy();
    // The answer is made from the rows as written; the re-post reads them back.
    expect(
      await publishSelfDescription({ actor, text, contentType: "application/ld+json", services: await getPipelineServices({ budget: "background" }) }),
    ).toEqual({ created: false, entry });

    const byText = await findSelfDescriptions(searchQuerySchema.parse({ q: "blood pressure" }));
    expect(byText.items.map((item) => item.hash)).toEqual([entry.hash]);
    const byFacet = await findSelfDescriptions(searchQuerySchema.parse({ purpose: "ScientificResearch" }));
    expect(byFacet.items.map((item) => item.hash)).toEqual([entry.hash]);
    expect(byFacet.items[0]?.trust).toBe("verified");
  });

  it("publishes a VC-JWT signed with the P-256 key", async () => {
    const { participant, actor } = await hospitalWithKeys();
    const jwt = await sign(participant.id, unsignedHealthDataset({ title: "Activity data", description: "Steps per day" }), "vc-jwt");
    expect(typeof jwt).toBe("string");
    const { entry } = await publishSelfDescription({
      actor,
      text: jwt as string,
      contentType: "application/vc+jwt",
      services: await getPipelineServices({ budget: "background" }),
    });
    expect(entry).toMatchObject({ format: "VC_JWT", verification: { verified: true } });
  });

  it("refuses a claim changed after signing, naming the failed check, and stores nothing", async () => {
    const { participant, actor } = await hospitalWithKeys();
    const signed = (await sign(participant.id, unsignedHealthDataset({ title: "Original", description: "x" }))) as Record<string, unknown>;
    const tampered = structuredClone(signed) as { credentialSubject: Record<string, unknown> };
    tampered.credentialSubject["dct:title"] = "Changed after signing";
    await expect(
      publishSelfDescription({
        actor,
        text: JSON.stringify(tampered),
        contentType: "application/ld+json",
        services: await getPipelineServices({ budget: "background" }),
      }),
    ).rejects.toMatchObject({
      code: "VERIFICATION_FAILED",
      details: { verification: { checks: expect.arrayContaining([expect.objectContaining({ id: "proof.signature", passed: false })]) } },
    });
    expect(await db().selfDescription.count()).toBe(0);
  });

  it("refuses a credential with a remote context without any outbound request", async () => {
    const { participant, actor } = await hospitalWithKeys();
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const unsigned = unsignedHealthDataset({ title: "Remote context", description: "x" });
    for (const url of ["https://evil.example/context.jsonld", "http://169.254.169.254/latest", "file:///etc/passwd"]) {
      const document = {
        ...unsigned,
        "@context": [...(unsigned["@context"] as unknown[]), url],
        issuer: participant.did,
        proof: { type: "DataIntegrityProof" },
      };
      await expect(
        publishSelfDescription({
          actor,
          text: JSON.stringify(document),
          contentType: "application/ld+json",
          services: await getPipelineServices({ budget: "background" }),
        }),
      ).rejects.toMatchObject({ code: "VERIFICATION_FAILED" });
    }
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
    expect(await db().selfDescription.count()).toBe(0);
  });

  it("checks without storing, with each part switchable", async () => {
    const { participant } = await hospitalWithKeys();
    const signed = await sign(participant.id, unsignedHealthDataset({ title: "Checked only", description: "x" }));
    const full = await inspectSubmission({
      text: JSON.stringify(signed),
      contentType: "application/ld+json",
      flags: { signatures: true, schema: true, rules: true },
      services: await getPipelineServices({ budget: "background" }),
    });
    expect(full).toMatchObject({ verified: true, conforms: true });
    const schemaOnly = await inspectSubmission({
      text: JSON.stringify(signed),
      contentType: "application/ld+json",
      flags: { signatures: false, schema: true, rules: false },
      services: await getPipelineServices({ budget: "background" }),
    });
    expect(schemaOnly).toMatchObject({ verified: null, conforms: true, verification: null });
    expect(await db().selfDescription.count()).toBe(0);
  });
});
