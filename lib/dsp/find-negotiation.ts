import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { contractRolesOf } from "@/lib/contracts/contract-role";
import { portalOffer } from "@/lib/contracts/offers/offer-model";
import type { NegotiationView } from "./negotiation-serialize";

/** The negotiation a DSP message names, for one of its parties only (404 for anyone else, as unknown). */
export async function findNegotiation(options: { actor: Actor | null; providerPid: string; consumerPid?: string }) {
  const row = await db().contractRequest.findUnique({ where: { providerPid: options.providerPid }, include: { consumer: { select: { did: true } } } });
  if (!row) throw new AppError("NOT_FOUND", { message: `No negotiation ${options.providerPid}.` });
  contractRolesOf(options.actor, row);
  if (options.consumerPid !== undefined && options.consumerPid !== row.consumerPid) {
    throw new AppError("BAD_REQUEST", { message: "dspace:consumerPid does not match this negotiation." });
  }
  const view: NegotiationView & { id: string; consumerDid: string | null } = {
    id: row.id,
    providerPid: row.providerPid,
    consumerPid: row.consumerPid,
    state: row.state,
    offer: portalOffer.parse(row.offer),
    agreement: row.agreement,
    consumerDid: row.consumer?.did ?? null,
  };
  return view;
}
