import "server-only";
import { db, Prisma } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/logger";
import { portalOffer } from "@/lib/contracts/offers/offer-model";
import { createGuardedFetch, type GuardedFetch } from "@/lib/net/create-guarded-fetch";
import { negotiationCallback, type CallbackMove } from "./negotiation-callbacks";

// Delivery of the provider's moves to a consumer connector's callback address, when the operator
// enabled it (DATALOFT_DSP_CALLBACKS): through the outbound guard (https, public addresses, no
// redirects, bounded time and size), once per move, after the move is committed. The outcome —
// delivered with the connector's status, or why not — is kept as an event of the negotiation; a failed
// delivery never undoes the move (the connector can still read the state with GET).

const holder = globalThis as typeof globalThis & { __dataloftCallbackTransport?: GuardedFetch | null };

/** Tests hand in their own transport (null: callbacks off); undefined restores the configured one. */
export function setCallbackTransport(transport: GuardedFetch | null | undefined): void {
  holder.__dataloftCallbackTransport = transport;
}

function transport(): GuardedFetch | null {
  if (holder.__dataloftCallbackTransport !== undefined) return holder.__dataloftCallbackTransport;
  return getEnv().DATALOFT_DSP_CALLBACKS ? createGuardedFetch({ timeoutMs: 5000, maxBytes: 64 * 1024 }) : null;
}

export async function deliverNegotiationCallback(options: {
  contractId: string;
  move: CallbackMove;
  reason?: string;
}): Promise<"delivered" | "failed" | "skipped"> {
  const send = transport();
  if (!send) return "skipped";
  const row = await db().contractRequest.findUnique({ where: { id: options.contractId }, include: { consumer: { select: { did: true } } } });
  if (!row?.consumerCallbackUrl) return "skipped";
  const { url, message } = negotiationCallback({
    move: options.move,
    contract: {
      providerPid: row.providerPid,
      consumerPid: row.consumerPid,
      state: row.state,
      offer: portalOffer.parse(row.offer),
      agreement: row.agreement,
      consumerDid: row.consumer?.did ?? null,
    },
    callbackAddress: row.consumerCallbackUrl,
    providerCallbackAddress: `${getEnv().publicUrl}/dsp`,
    reason: options.reason,
  });
  let outcome: { delivered: boolean; status?: number; error?: string };
  try {
    const response = await send(url, { method: "POST", body: JSON.stringify(message), headers: { "content-type": "application/json" } });
    outcome = { delivered: true, status: response.status };
  } catch (error) {
    outcome = { delivered: false, error: isAppError(error) ? error.message : "the request failed" };
    logger.warn("dsp callback not delivered", { contractId: row.id, url, error });
  }
  await db().contractEvent.create({
    data: {
      contractRequestId: row.id,
      type: `callback.${options.move}`,
      fromState: row.state,
      toState: row.state,
      actorParticipantId: row.providerParticipantId,
      message: { url, "@type": message["@type"], ...outcome } as Prisma.InputJsonValue,
    },
  });
  return outcome.delivered ? "delivered" : "failed";
}
