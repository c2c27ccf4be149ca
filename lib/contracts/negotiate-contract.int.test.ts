import { describe, expect, it } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { createContractParties } from "@/test/support/contract-parties";
import { db } from "@/lib/db";
import { requestContract } from "./request-contract";
import { offerContract } from "./offer-contract";
import { acceptContractOffer } from "./accept-contract-offer";
import { agreeContract } from "./agree-contract";
import { verifyContractAgreement } from "./verify-contract-agreement";
import { finalizeContract } from "./finalize-contract";
import { terminateContract } from "./terminate-contract";
import { findContracts } from "./find-contracts";
import { getContract } from "./get-contract";

describe.each(testDatabaseTargets())("contract negotiation on $name", (target) => {
  const database = withTestDatabase(target);

  const counts = async (contractId: string) => ({
    state: (await db().contractRequest.findUniqueOrThrow({ where: { id: contractId } })).state,
    events: await db().contractEvent.count({ where: { contractRequestId: contractId } }),
    audits: await db().auditEvent.count({ where: { subjectType: "ContractRequest", subjectId: contractId } }),
  });

  it("request → counter-offer → accept → signed agreement → verified → finalized, each step stored with an event and an audit row", async () => {
    const { provider, consumer, hash, offerId } = await createContractParties(database.current());
    const requested = await requestContract({
      actor: consumer.actor,
      input: { selfDescriptionHash: hash, offerId, purpose: "ScientificResearch", durationDays: 300 },
    });
    expect(requested).toMatchObject({
      state: "REQUESTED",
      roles: ["consumer"],
      purpose: "ScientificResearch",
      durationDays: 300,
      provider: { id: provider.id },
      consumer: { id: consumer.id },
    });
    expect(requested.offerDescription[0]).toBe("Use is permitted for scientific research only, for at most 365 days, within the EU, on pseudonymised data.");

    const inbox = await findContracts({ actor: provider.actor, query: { role: "provider" } });
    expect(inbox.items.map((item) => [item.id, item.nextActions])).toEqual([[requested.id, { provider: ["offer", "agree", "terminate"] }]]);

    const offered = await offerContract({ actor: provider.actor, contractId: requested.id, changes: { maxDurationDays: 90 } });
    expect(offered).toMatchObject({ state: "OFFERED", durationDays: 90, offer: { permission: { constraints: { maxDurationDays: 90, regions: ["EU"] } } } });
    expect(offered.offerDescription[0]).toContain("for at most 90 days");

    expect((await acceptContractOffer({ actor: consumer.actor, contractId: requested.id })).state).toBe("ACCEPTED");
    const start = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    const agreed = await agreeContract({ actor: provider.actor, contractId: requested.id, now: start });
    expect(agreed.state).toBe("AGREED");
    expect(agreed.agreement).toMatchObject({
      issuer: provider.did,
      validFrom: start.toISOString().replace(".000Z", "Z"),
      validUntil: new Date(start.getTime() + 90 * 86_400_000).toISOString().replace(".000Z", "Z"),
      credentialSubject: {
        type: "odrl:Agreement",
        "odrl:assigner": { id: provider.did },
        "odrl:assignee": { id: consumer.did },
        purposeOfUse: ["ScientificResearch"],
      },
      proof: { cryptosuite: "eddsa-rdfc-2022" },
    });

    const verified = await verifyContractAgreement({ actor: consumer.actor, contractId: requested.id });
    expect(verified.state).toBe("VERIFIED");
    expect(verified.events?.at(-1)?.message).toMatchObject({
      verification: { verified: true, checks: expect.arrayContaining([expect.objectContaining({ id: "agreement.parties", passed: true })]) },
    });

    const finalized = await finalizeContract({ actor: provider.actor, contractId: requested.id });
    expect(finalized.state).toBe("FINALIZED");
    expect(finalized.events?.map((event) => `${event.fromState ?? "-"}>${event.toState}`)).toEqual([
      "->REQUESTED",
      "REQUESTED>OFFERED",
      "OFFERED>ACCEPTED",
      "ACCEPTED>AGREED",
      "AGREED>VERIFIED",
      "VERIFIED>FINALIZED",
    ]);
    const audits = await db().auditEvent.findMany({ where: { subjectId: requested.id }, orderBy: { id: "asc" } });
    expect(audits.map((audit) => audit.action)).toEqual([
      "contract.request",
      "contract.offer",
      "contract.accept",
      "contract.agree",
      "contract.verify",
      "contract.finalize",
    ]);
  });

  it("forbidden moves throw AppError and change nothing: no state change, no event, no audit row", async () => {
    const { provider, consumer, hash, offerId } = await createContractParties(database.current());
    const contract = await requestContract({
      actor: consumer.actor,
      input: { selfDescriptionHash: hash, offerId, purpose: "ScientificResearch", durationDays: 30 },
    });
    const before = await counts(contract.id);
    await expect(acceptContractOffer({ actor: consumer.actor, contractId: contract.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("in state REQUESTED"),
    });
    await expect(agreeContract({ actor: consumer.actor, contractId: contract.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("only the provider"),
    });
    await expect(verifyContractAgreement({ actor: consumer.actor, contractId: contract.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(finalizeContract({ actor: provider.actor, contractId: contract.id })).rejects.toMatchObject({ code: "CONFLICT" });
    const stranger = { kind: "user" as const, userId: "nobody", tokenId: null, memberships: [] };
    await expect(terminateContract({ actor: stranger, contractId: contract.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getContract({ actor: stranger, id: contract.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await counts(contract.id)).toEqual(before);

    await terminateContract({ actor: provider.actor, contractId: contract.id, reason: "not now" });
    const terminated = await counts(contract.id);
    await expect(terminateContract({ actor: consumer.actor, contractId: contract.id })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await counts(contract.id)).toEqual(terminated);
  });

  it("a tampered agreement credential fails verification, which refuses the move and changes nothing", async () => {
    const { provider, consumer, hash, offerId } = await createContractParties(database.current());
    const contract = await requestContract({
      actor: consumer.actor,
      input: { selfDescriptionHash: hash, offerId, purpose: "ScientificResearch", durationDays: 30 },
    });
    const agreed = await agreeContract({ actor: provider.actor, contractId: contract.id });
    const credential = agreed.agreement as { credentialSubject: Record<string, unknown> };
    await db().contractRequest.update({
      where: { id: contract.id },
      data: { agreement: { ...credential, credentialSubject: { ...credential.credentialSubject, purposeOfUse: ["PolicyMaking"] } } },
    });
    const before = await counts(contract.id);
    await expect(verifyContractAgreement({ actor: consumer.actor, contractId: contract.id })).rejects.toMatchObject({
      code: "VERIFICATION_FAILED",
      details: { verification: { verified: false, checks: expect.arrayContaining([expect.objectContaining({ id: "proof.signature", passed: false })]) } },
    });
    expect(await counts(contract.id)).toEqual(before);
  });

  it("a request outside the offer is refused and stores nothing", async () => {
    const { consumer, hash, offerId } = await createContractParties(database.current());
    await expect(
      requestContract({ actor: consumer.actor, input: { selfDescriptionHash: hash, offerId, purpose: "OfficialStatistics", durationDays: 30 } }),
    ).rejects.toMatchObject({
      code: "UNPROCESSABLE",
      invalidParams: [{ name: "purpose", reason: expect.stringContaining("ScientificResearch") }],
    });
    await expect(
      requestContract({ actor: consumer.actor, input: { selfDescriptionHash: hash, offerId, purpose: "ScientificResearch", durationDays: 366 } }),
    ).rejects.toMatchObject({ invalidParams: [{ name: "durationDays" }] });
    await expect(
      requestContract({ actor: consumer.actor, input: { selfDescriptionHash: hash, offerId: "urn:other", purpose: "ScientificResearch", durationDays: 3 } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    // The offer permits use within the EU only: a consumer registered outside it is refused, naming its country.
    await db().participant.update({ where: { id: consumer.id }, data: { countryCode: "CH" } });
    await expect(
      requestContract({ actor: consumer.actor, input: { selfDescriptionHash: hash, offerId, purpose: "ScientificResearch", durationDays: 30 } }),
    ).rejects.toMatchObject({
      code: "UNPROCESSABLE",
      invalidParams: [{ name: "consumer.countryCode", reason: expect.stringContaining("registered in CH") }],
    });
    expect(await db().contractRequest.count()).toBe(0);
  });

  it("of two concurrent moves only one wins; the other is refused and leaves no trace", async () => {
    const { provider, consumer, hash, offerId } = await createContractParties(database.current());
    const contract = await requestContract({
      actor: consumer.actor,
      input: { selfDescriptionHash: hash, offerId, purpose: "ScientificResearch", durationDays: 30 },
    });
    const outcomes = await Promise.allSettled([
      offerContract({ actor: provider.actor, contractId: contract.id, changes: { maxDurationDays: 10 } }),
      terminateContract({ actor: consumer.actor, contractId: contract.id }),
      terminateContract({ actor: provider.actor, contractId: contract.id }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes) if (outcome.status === "rejected") expect(outcome.reason).toMatchObject({ code: "CONFLICT" });
    const after = await counts(contract.id);
    expect([after.events, after.audits]).toEqual([2, 2]);
  });
});
