import { offerToOdrl } from "@/lib/contracts/offers/odrl-offer";
import { DSP_CONTEXT } from "./build-dsp-dataset";
import { contractAgreementMessage, type NegotiationView } from "./negotiation-serialize";

// The provider's messages to a consumer connector's callback address (Dataspace Protocol 2024-1,
// contract negotiation, consumer callback endpoints): where each provider move is delivered, and what.

type Json = Record<string, unknown>;

export type CallbackMove = "offer" | "agree" | "finalize" | "terminate";

export interface CallbackMessage {
  url: string;
  message: Json;
}

const pids = (contract: NegotiationView) => ({ "dspace:providerPid": contract.providerPid, "dspace:consumerPid": contract.consumerPid });

/** The message for a provider move, addressed to `<callbackAddress>/negotiations/<consumerPid>/…`. */
export function negotiationCallback(options: {
  move: CallbackMove;
  contract: NegotiationView & { consumerDid: string | null };
  callbackAddress: string;
  providerCallbackAddress: string;
  reason?: string;
}): CallbackMessage {
  const base = `${options.callbackAddress.replace(/\/+$/, "")}/negotiations/${encodeURIComponent(options.contract.consumerPid)}`;
  const { contract } = options;
  switch (options.move) {
    case "offer":
      return {
        url: `${base}/offers`,
        message: {
          "@context": DSP_CONTEXT,
          "@type": "dspace:ContractOfferMessage",
          ...pids(contract),
          "dspace:offer": offerToOdrl(contract.offer),
          "dspace:callbackAddress": options.providerCallbackAddress,
        },
      };
    case "agree":
      return { url: `${base}/agreement`, message: { ...contractAgreementMessage(contract), "dspace:callbackAddress": options.providerCallbackAddress } };
    case "finalize":
      return {
        url: `${base}/events`,
        message: { "@context": DSP_CONTEXT, "@type": "dspace:ContractNegotiationEventMessage", ...pids(contract), "dspace:eventType": "dspace:FINALIZED" },
      };
    case "terminate":
      return {
        url: `${base}/termination`,
        message: {
          "@context": DSP_CONTEXT,
          "@type": "dspace:ContractNegotiationTerminationMessage",
          ...pids(contract),
          "dspace:code": "provider.terminated",
          ...(options.reason ? { "dspace:reason": [{ "@value": options.reason, "@language": "en" }] } : {}),
        },
      };
  }
}
