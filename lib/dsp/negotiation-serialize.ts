import { AppError } from "@/lib/errors/app-error";
import { offerToOdrl } from "@/lib/contracts/offers/odrl-offer";
import type { PortalOffer } from "@/lib/contracts/offers/offer-model";
import { DSP_CONTEXT } from "./build-dsp-dataset";

// Dataspace Protocol (2024-1) messages the provider side answers with.

type Json = Record<string, unknown>;

export interface NegotiationView {
  providerPid: string;
  consumerPid: string;
  state: string;
  offer: PortalOffer;
  agreement: unknown;
}

/** dspace:ContractNegotiation; the current offer rides along (non-normative) since no callback delivers it. */
export function contractNegotiation(contract: NegotiationView): Json {
  return {
    "@context": DSP_CONTEXT,
    "@type": "dspace:ContractNegotiation",
    "dspace:providerPid": contract.providerPid,
    "dspace:consumerPid": contract.consumerPid,
    "dspace:state": `dspace:${contract.state}`,
    "dspace:offer": offerToOdrl(contract.offer),
  };
}

/**
 * dspace:ContractAgreementMessage with the ODRL agreement; the signed agreement credential is added
 * under a dataLOFT IRI, so a consumer can verify it itself.
 */
export function contractAgreementMessage(contract: NegotiationView & { consumerDid: string | null }): Json {
  const credential = (contract.agreement ?? {}) as Json;
  const subject = (credential.credentialSubject ?? {}) as Json;
  const { "@id": _id, ...odrl } = offerToOdrl(contract.offer, { type: "odrl:Agreement" });
  return {
    "@context": DSP_CONTEXT,
    "@type": "dspace:ContractAgreementMessage",
    "dspace:providerPid": contract.providerPid,
    "dspace:consumerPid": contract.consumerPid,
    "dspace:agreement": {
      "@id": subject.id ?? credential.id,
      ...odrl,
      ...(contract.consumerDid ? { "odrl:assignee": contract.consumerDid } : {}),
      "dspace:timestamp": credential.validFrom,
    },
    "https://w3id.org/dataloft/health#agreementCredential": { "@type": "@json", "@value": credential },
  };
}

export function negotiationError(options: { providerPid?: string | null; consumerPid?: string | null; code: string; reason: string }): Json {
  return {
    "@context": DSP_CONTEXT,
    "@type": "dspace:ContractNegotiationError",
    ...(options.providerPid ? { "dspace:providerPid": options.providerPid } : {}),
    ...(options.consumerPid ? { "dspace:consumerPid": options.consumerPid } : {}),
    "dspace:code": options.code,
    "dspace:reason": [{ "@value": options.reason, "@language": "en" }],
  };
}

/** An error as the protocol answers it: AppError status and code; anything else a generic 500. */
export function negotiationErrorResponse(error: unknown, pids: { providerPid?: string | null; consumerPid?: string | null }): Response {
  const known = error instanceof AppError ? error : new AppError("INTERNAL", { message: "Something went wrong on our side." });
  const reason = known.invalidParams?.length
    ? `${known.message} ${known.invalidParams.map((param) => `${param.name}: ${param.reason}`).join("; ")}`
    : known.message;
  return Response.json(negotiationError({ ...pids, code: known.code, reason }), { status: known.status });
}
