import { describe, expect, it } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { createContractParties } from "@/test/support/contract-parties";
import { db } from "@/lib/db";
import { requestContract } from "@/lib/contracts/request-contract";
import { agreeContract } from "@/lib/contracts/agree-contract";
import { verifyContractAgreement } from "@/lib/contracts/verify-contract-agreement";
import { finalizeContract } from "@/lib/contracts/finalize-contract";
import { getContract } from "@/lib/contracts/get-contract";
import { findConsents } from "./find-consents";
import { grantConsent } from "./grant-consent";
import { refuseConsent } from "./refuse-consent";
import { withdrawConsent } from "./withdraw-consent";
import { getConsentAccessLog } from "./get-consent-access-log";

describe.each(testDatabaseTargets())("citizen consent on $name", (target) => {
  const database = withTestDatabase(target);

  async function requested(options: { citizens: number; trustee?: boolean }) {
    const parties = await createContractParties(database.current(), options);
    const contract = await requestContract({
      actor: parties.consumer.actor,
      input: { selfDescriptionHash: parties.hash, offerId: parties.offerId, purpose: "ScientificResearch", durationDays: 30 },
    });
    return { ...parties, contract };
  }

  it("a request asks each citizen; the agreement waits for every consent, and a refusal blocks it", async () => {
    const { provider, consumer, citizens, contract } = await requested({ citizens: 2 });
    const [first, second] = await Promise.all(citizens.map(async (citizen) => (await findConsents({ actor: citizen.actor })).items));
    expect(first).toEqual([
      expect.objectContaining({
        status: "PENDING",
        purpose: "ScientificResearch",
        recipient: expect.objectContaining({ id: consumer.id }),
        contract: expect.objectContaining({ id: contract.id, state: "REQUESTED" }),
      }),
    ]);
    expect(await findConsents({ actor: consumer.actor })).toEqual({ items: [] });

    await grantConsent({ actor: citizens[0]!.actor, consentId: first![0]!.id });
    await expect(agreeContract({ actor: provider.actor, contractId: contract.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("1 pending"),
    });
    await refuseConsent({ actor: citizens[1]!.actor, consentId: second![0]!.id, reason: "not for this institute" });
    await expect(agreeContract({ actor: provider.actor, contractId: contract.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("1 refused"),
    });
    await expect(grantConsent({ actor: citizens[1]!.actor, consentId: second![0]!.id })).rejects.toMatchObject({ code: "CONFLICT" });
    // Someone else's consent cannot be decided, not even by the requester.
    await expect(grantConsent({ actor: consumer.actor, consentId: second![0]!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getContract({ actor: provider.actor, id: contract.id })).state).toBe("REQUESTED");
    expect(await db().auditEvent.count({ where: { subjectType: "ContractRequest", subjectId: contract.id, action: "contract.agree" } })).toBe(0);
  });

  it("with every consent granted the agreement is reached; a withdrawal terminates it for both parties at once, audited", async () => {
    const { provider, consumer, citizens, contract } = await requested({ citizens: 1 });
    const [consent] = (await findConsents({ actor: citizens[0]!.actor })).items;
    await grantConsent({ actor: citizens[0]!.actor, consentId: consent!.id });
    await agreeContract({ actor: provider.actor, contractId: contract.id });
    await verifyContractAgreement({ actor: consumer.actor, contractId: contract.id });
    await finalizeContract({ actor: provider.actor, contractId: contract.id });

    const withdrawn = await withdrawConsent({ actor: citizens[0]!.actor, consentId: consent!.id, reason: "changed my mind" });
    expect(withdrawn).toMatchObject({ status: "WITHDRAWN", withdrawnAt: expect.any(String), contract: { state: "TERMINATED" } });
    for (const party of [provider, consumer]) expect((await getContract({ actor: party.actor, id: contract.id })).state).toBe("TERMINATED");
    const lastEvent = (await getContract({ actor: provider.actor, id: contract.id })).events!.at(-1);
    expect(lastEvent).toMatchObject({ type: "withdraw-consent", fromState: "FINALIZED", toState: "TERMINATED", actorParticipantId: citizens[0]!.id });
    const audits = await db().auditEvent.findMany({
      where: { actorParticipantId: citizens[0]!.id },
      orderBy: { id: "asc" },
      select: { action: true, subjectId: true },
    });
    expect(audits.filter((audit) => audit.action !== "participant.signed-up")).toEqual([
      { action: "consent.granted", subjectId: consent!.id },
      { action: "consent.withdrawn", subjectId: consent!.id },
      { action: "contract.withdraw-consent", subjectId: contract.id },
    ]);
    await expect(withdrawConsent({ actor: citizens[0]!.actor, consentId: consent!.id })).rejects.toMatchObject({ code: "CONFLICT" });

    const log = await getConsentAccessLog({ actor: citizens[0]!.actor });
    expect(log.items.map((item) => item.event)).toEqual(["request", "consent.granted", "agree", "verify", "finalize", "consent.withdrawn", "withdraw-consent"]);
    expect(log.items[2]!.summary).toBe(
      `Institut Test was granted access: the agreement was signed — "Blood pressure registry" from Uniklinik Test, for scientific research, 30 days.`,
    );
  });

  it("a registered data trustee decides for the citizen", async () => {
    const { trustee, citizens } = await requested({ citizens: 1, trustee: true });
    const [consent] = (await findConsents({ actor: trustee!.actor })).items;
    expect(consent).toMatchObject({ citizen: { id: citizens[0]!.id }, trustee: { id: trustee!.id } });
    expect(await grantConsent({ actor: trustee!.actor, consentId: consent!.id })).toMatchObject({ status: "GRANTED" });
    expect(await db().auditEvent.count({ where: { action: "consent.granted", actorParticipantId: trustee!.id } })).toBe(1);
  });
});
