import "server-only";
import { db } from "@/lib/db";

/** The DIDs of a contract's provider and consumer (the consumer's is undefined when it is not registered here). */
export async function findPartyDids(contract: { providerParticipantId: string; consumerParticipantId: string | null }) {
  const parties = await db().participant.findMany({
    where: { id: { in: [contract.providerParticipantId, contract.consumerParticipantId ?? ""] } },
    select: { id: true, did: true },
  });
  return {
    providerDid: parties.find((party) => party.id === contract.providerParticipantId)!.did,
    consumerDid: parties.find((party) => party.id === contract.consumerParticipantId)?.did,
  };
}
