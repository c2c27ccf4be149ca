import { z } from "zod";
import { contractOfferInput, contractRequestAgainInput, contractRequestInput, contractTerminateInput } from "@/lib/contracts/contract-input";
import { findContractsQuery } from "@/lib/contracts/find-contracts";
import { findConsentsQuery } from "@/lib/consent/find-consents";
import { consentReasonInput } from "@/lib/consent/consent-input";
import type { Method, Operation } from "./operation";

// Contracts, citizen consent and the Dataspace Protocol negotiation endpoints.

const move = (summary: string, body?: z.ZodType): Operation => ({
  summary,
  auth: true,
  pathParams: ["id"],
  ...(body ? { body } : {}),
  responses: { "200": "The contract", "409": "Not possible in the contract's current state" },
});
const dspMessage = (type: string) =>
  z.object({ "@type": z.literal(`dspace:${type}`), "dspace:providerPid": z.string(), "dspace:consumerPid": z.string() }).passthrough();
const dsp = (summary: string, type: string): Operation => ({
  summary,
  auth: true,
  pathParams: ["providerPid"],
  body: dspMessage(type),
  responses: {
    "200": "dspace:ContractNegotiation",
    "400": "dspace:ContractNegotiationError (invalid message)",
    "404": "dspace:ContractNegotiationError (unknown negotiation)",
    "409": "dspace:ContractNegotiationError (wrong state)",
  },
});

export const CONTRACT_OPERATIONS: Record<string, Partial<Record<Method, Operation>>> = {
  "/api/v1/contracts": {
    get: {
      summary: "The caller's contracts: as provider (inbox) and consumer (outbox), with state and next actions",
      auth: true,
      query: findContractsQuery,
      responses: { "200": "{ items }" },
    },
    post: {
      summary:
        "Request a contract for a catalogue entry under one of its offers, stating purpose and duration; asks each citizen for consent where the entry holds consent-based data",
      auth: true,
      body: contractRequestInput,
      responses: { "201": "The contract (REQUESTED)", "422": "The request asks for more than the offer permits" },
    },
  },
  "/api/v1/contracts/{id}": {
    get: {
      summary: "One contract with its offer in words, agreement credential and timeline (its parties only)",
      auth: true,
      pathParams: ["id"],
      responses: { "200": "The contract" },
    },
  },
  "/api/v1/contracts/{id}/request": { post: move("Consumer: a new request after the provider's offer (OFFERED → REQUESTED)", contractRequestAgainInput) },
  "/api/v1/contracts/{id}/offer": { post: move("Provider: counter-offer changing some terms (REQUESTED → OFFERED)", contractOfferInput) },
  "/api/v1/contracts/{id}/accept": { post: move("Consumer: accept the offer (OFFERED → ACCEPTED)") },
  "/api/v1/contracts/{id}/agree": {
    post: move("Provider: agree and sign the agreement credential (REQUESTED|ACCEPTED → AGREED); needs every consent granted"),
  },
  "/api/v1/contracts/{id}/verify": { post: move("Consumer: verify the agreement credential (AGREED → VERIFIED); 422 naming the failed checks") },
  "/api/v1/contracts/{id}/finalize": { post: move("Provider: finalize (VERIFIED → FINALIZED)") },
  "/api/v1/contracts/{id}/terminate": { post: move("Either party: terminate a negotiation that is not final", contractTerminateInput) },
  "/api/v1/consents": {
    get: {
      summary: "Consents of the citizens the caller acts for (or is data trustee of), with the requests and agreements they concern",
      auth: true,
      query: findConsentsQuery,
      responses: { "200": "{ items }" },
    },
  },
  "/api/v1/consents/access-log": {
    get: { summary: "The citizen's access log: who was granted what, when and why", auth: true, responses: { "200": "{ items }" } },
  },
  "/api/v1/consents/{id}/grant": {
    post: { summary: "Grant a pending consent", auth: true, pathParams: ["id"], body: consentReasonInput, responses: { "200": "The consent" } },
  },
  "/api/v1/consents/{id}/refuse": {
    post: {
      summary: "Refuse a pending consent (the request can then not be agreed)",
      auth: true,
      pathParams: ["id"],
      body: consentReasonInput,
      responses: { "200": "The consent" },
    },
  },
  "/api/v1/consents/{id}/withdraw": {
    post: {
      summary: "Withdraw a granted consent; the dependent contract is terminated at once, whatever its state",
      auth: true,
      pathParams: ["id"],
      body: consentReasonInput,
      responses: { "200": "The consent" },
    },
  },
  "/dsp/negotiations/request": {
    post: {
      summary:
        "Dataspace Protocol: start a negotiation (dspace:ContractRequestMessage; purpose and duration as odrl:purpose / odrl:elapsedTime constraints of the offer); Bearer token of the consumer organisation; the callback address is stored, never called",
      auth: true,
      body: z
        .object({
          "@type": z.literal("dspace:ContractRequestMessage"),
          "dspace:consumerPid": z.string(),
          "dspace:offer": z.record(z.string(), z.unknown()),
          "dspace:callbackAddress": z.string(),
        })
        .passthrough(),
      responses: { "201": "dspace:ContractNegotiation", "400": "dspace:ContractNegotiationError" },
    },
  },
  "/dsp/negotiations/{providerPid}": {
    get: {
      summary: "Dataspace Protocol: the negotiation's state (with the current offer)",
      auth: true,
      pathParams: ["providerPid"],
      responses: { "200": "dspace:ContractNegotiation", "404": "dspace:ContractNegotiationError" },
    },
  },
  "/dsp/negotiations/{providerPid}/agreement": {
    get: {
      summary: "The provider's dspace:ContractAgreementMessage with the signed agreement credential (delivered on request: no callbacks)",
      auth: true,
      pathParams: ["providerPid"],
      responses: { "200": "dspace:ContractAgreementMessage", "409": "No agreement yet" },
    },
  },
  "/dsp/negotiations/{providerPid}/request": { post: dsp("Dataspace Protocol: the consumer's new request after an offer", "ContractRequestMessage") },
  "/dsp/negotiations/{providerPid}/events": {
    post: dsp("Dataspace Protocol: dspace:ContractNegotiationEventMessage (dspace:ACCEPTED)", "ContractNegotiationEventMessage"),
  },
  "/dsp/negotiations/{providerPid}/agreement/verification": {
    post: dsp("Dataspace Protocol: dspace:ContractAgreementVerificationMessage", "ContractAgreementVerificationMessage"),
  },
  "/dsp/negotiations/{providerPid}/termination": {
    post: dsp("Dataspace Protocol: dspace:ContractNegotiationTerminationMessage", "ContractNegotiationTerminationMessage"),
  },
};
