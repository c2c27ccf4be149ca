import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getContextLoader } from "@/lib/wiring/services";
import { signWithParticipantKey } from "@/lib/participants/sign-with-participant-key";
import { assertConsentsGranted } from "@/lib/consent/assert-consents-granted";
import { portalOffer } from "./offers/offer-model";
import { agreementWindow, buildAgreementCredential } from "./build-agreement-credential";
import { transitionContract } from "./transition-contract";
import { findPartyDids } from "./find-party-dids";

/**
 * The provider agrees (REQUESTED or ACCEPTED → AGREED): the agreement credential is built from the
 * current offer and the requested purpose and duration, and signed with the provider's portal-held
 * Ed25519 key. Refused while a consent it depends on is not granted (checked again under the lock).
 */
export async function agreeContract(options: { actor: Actor | null; contractId: string; requestId?: string; now?: Date; keyEncryptionKey?: Uint8Array }) {
  return transitionContract({
    actor: options.actor,
    contractId: options.contractId,
    action: "agree",
    requestId: options.requestId,
    prepare: async (contract) => {
      await db().$transaction((tx) => assertConsentsGranted(tx, contract.id));
      const { providerDid, consumerDid } = await findPartyDids(contract);
      if (!consumerDid) throw new AppError("CONFLICT", { message: "The contract has no consumer registered here to agree with." });
      const terms = {
        agreementId: `urn:uuid:${randomUUID()}`,
        providerDid,
        consumerDid,
        target: `${getEnv().publicUrl}/catalogue/${contract.selfDescriptionHash}`,
        offer: portalOffer.parse(contract.offer),
        purpose: contract.purpose,
        durationDays: contract.durationDays ?? 1,
        start: options.now ?? new Date(),
      };
      const credential = await signWithParticipantKey({
        actor: options.actor,
        participantId: contract.providerParticipantId,
        document: buildAgreementCredential(terms),
        format: "eddsa-rdfc-2022",
        documentLoader: await getContextLoader(),
        keyEncryptionKey: options.keyEncryptionKey,
      });
      const window = agreementWindow(terms);
      return {
        data: { agreement: credential as Prisma.InputJsonValue },
        message: { agreementId: terms.agreementId, start: window.start, end: window.end },
      };
    },
    inTransaction: (tx, contract) => assertConsentsGranted(tx, contract.id),
  });
}
