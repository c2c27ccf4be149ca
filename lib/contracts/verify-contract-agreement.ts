import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { VerificationCheck } from "@/lib/credentials/types";
import { verifyCredential } from "@/lib/credentials/verify-credential";
import { getContextLoader, getDidResolver } from "@/lib/wiring/services";
import { transitionContract } from "./transition-contract";
import { findPartyDids } from "./find-party-dids";

type Json = Record<string, unknown>;
const idOf = (value: unknown) => (value && typeof value === "object" ? ((value as Json).id ?? (value as Json)["@id"]) : value);

/** The agreement names this contract's provider as issuer and assigner, and its consumer as assignee. */
function partiesCheck(credential: Json, parties: { providerDid: string; consumerDid: string | undefined }): VerificationCheck {
  const subject = (credential.credentialSubject ?? {}) as Json;
  const passed =
    idOf(credential.issuer) === parties.providerDid &&
    idOf(subject["odrl:assigner"]) === parties.providerDid &&
    !!parties.consumerDid &&
    idOf(subject["odrl:assignee"]) === parties.consumerDid;
  return {
    id: "agreement.parties",
    passed,
    message: passed
      ? "The agreement is issued by the provider to the consumer of this contract."
      : "The agreement does not name this contract's provider and consumer.",
  };
}

/**
 * The consumer verifies the provider's agreement credential (AGREED → VERIFIED) with the credential
 * core: signature, DID, key, validity, and that it names the right parties. A failed verification
 * refuses the move; a passed one is stored with the event.
 */
export async function verifyContractAgreement(options: { actor: Actor | null; contractId: string; requestId?: string }) {
  return transitionContract({
    actor: options.actor,
    contractId: options.contractId,
    action: "verify",
    requestId: options.requestId,
    prepare: async (contract) => {
      const credential = contract.agreement;
      if (!credential || typeof credential !== "object" || Array.isArray(credential))
        throw new AppError("CONFLICT", { message: "There is no agreement to verify yet." });
      const { providerDid, consumerDid } = await findPartyDids(contract);
      const outcome = await verifyCredential({ document: credential, didResolver: getDidResolver(), documentLoader: await getContextLoader() });
      const parts = partiesCheck(credential as Json, { providerDid, consumerDid });
      const verification = {
        verified: outcome.verified && parts.passed,
        checks: [...outcome.checks, parts],
        warnings: outcome.warnings,
        errors: [...outcome.errors, ...(parts.passed ? [] : [parts.message])],
      };
      if (!verification.verified) {
        throw new AppError("VERIFICATION_FAILED", {
          message: `The agreement credential does not verify: ${verification.errors.join("; ")}`,
          details: { verification },
        });
      }
      return { message: { verification: verification as unknown as Prisma.InputJsonValue } };
    },
  });
}
