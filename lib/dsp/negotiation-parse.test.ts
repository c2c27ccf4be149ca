import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { parseAgreementVerificationMessage, parseContractRequestMessage, parseNegotiationEventMessage, parseTerminationMessage } from "./negotiation-parse";
import { contractNegotiation, negotiationError, negotiationErrorResponse } from "./negotiation-serialize";

const DSP = "https://w3id.org/dspace/2024/1/context.json";
const text = (message: unknown) => JSON.stringify(message);

describe("DSP negotiation messages", () => {
  it("read a contract request, prefixed (2024-1) or not (2025-1)", () => {
    const offer = { "@id": "urn:offer", "odrl:target": "x" };
    expect(
      parseContractRequestMessage(
        text({
          "@context": DSP,
          "@type": "dspace:ContractRequestMessage",
          "dspace:consumerPid": "urn:c",
          "dspace:offer": offer,
          "dspace:callbackAddress": "https://c.example/cb",
        }),
      ),
    ).toEqual({
      consumerPid: "urn:c",
      providerPid: null,
      offer,
      callbackAddress: "https://c.example/cb",
    });
    expect(parseContractRequestMessage(text({ type: "ContractRequestMessage", consumerPid: "urn:c", providerPid: "urn:p", offer }))).toMatchObject({
      providerPid: "urn:p",
      callbackAddress: null,
    });
  });

  it.each([
    [{ "@type": "dspace:ContractOfferMessage" }, "Expected a dspace:ContractRequestMessage"],
    [{ "@type": "dspace:ContractRequestMessage", "dspace:offer": {}, "dspace:callbackAddress": "https://c" }, "consumerPid is required"],
    [{ "@type": "dspace:ContractRequestMessage", "dspace:consumerPid": "c", "dspace:callbackAddress": "https://c" }, "dspace:offer"],
    [{ "@type": "dspace:ContractRequestMessage", "dspace:consumerPid": "c", "dspace:offer": {} }, "callbackAddress is required"],
    [{ "@type": "dspace:ContractRequestMessage", "dspace:consumerPid": "c", "dspace:offer": {}, "dspace:callbackAddress": "ftp://c" }, "http(s) URL"],
    [{ "@type": "dspace:ContractRequestMessage", "dspace:consumerPid": 5, "dspace:offer": {}, "dspace:callbackAddress": "https://c" }, "non-empty string"],
  ])("refuse a malformed contract request as a bad request (%#)", (message, reason) => {
    expect(() => parseContractRequestMessage(text(message))).toThrow(reason);
    try {
      parseContractRequestMessage(text(message));
    } catch (error) {
      expect((error as AppError).status).toBe(400);
    }
  });

  it("read events, verifications and terminations", () => {
    const pids = { "dspace:providerPid": "urn:p", "dspace:consumerPid": "urn:c" };
    expect(parseNegotiationEventMessage(text({ "@type": "dspace:ContractNegotiationEventMessage", ...pids, "dspace:eventType": "dspace:ACCEPTED" }))).toEqual({
      providerPid: "urn:p",
      consumerPid: "urn:c",
      eventType: "ACCEPTED",
    });
    expect(() =>
      parseNegotiationEventMessage(text({ "@type": "dspace:ContractNegotiationEventMessage", ...pids, "dspace:eventType": "dspace:AGREED" })),
    ).toThrow("ACCEPTED or dspace:FINALIZED");
    expect(parseAgreementVerificationMessage(text({ "@type": "dspace:ContractAgreementVerificationMessage", ...pids }))).toEqual({
      providerPid: "urn:p",
      consumerPid: "urn:c",
    });
    expect(
      parseTerminationMessage(
        text({ "@type": "dspace:ContractNegotiationTerminationMessage", ...pids, "dspace:code": "x", "dspace:reason": [{ "@value": "a" }, "b"] }),
      ),
    ).toEqual({ providerPid: "urn:p", consumerPid: "urn:c", code: "x", reason: "a; b" });
    expect(() => parseTerminationMessage("{not json")).toThrow();
  });

  it("write the negotiation and errors in protocol shape, with the AppError's status", async () => {
    expect(
      contractNegotiation({
        providerPid: "urn:p",
        consumerPid: "urn:c",
        state: "OFFERED",
        offer: {
          id: "o",
          target: "t".repeat(64),
          assigner: "d",
          permission: { action: "use", constraints: { purposes: [], maxDurationDays: null, regions: [], recipientTypes: [], pseudonymisationRequired: false } },
          prohibitions: [],
          obligations: [],
        },
        agreement: null,
      }),
    ).toMatchObject({
      "@type": "dspace:ContractNegotiation",
      "dspace:state": "dspace:OFFERED",
      "dspace:offer": { "@id": "o" },
    });
    expect(negotiationError({ providerPid: "urn:p", code: "CONFLICT", reason: "r" })).toEqual({
      "@context": DSP,
      "@type": "dspace:ContractNegotiationError",
      "dspace:providerPid": "urn:p",
      "dspace:code": "CONFLICT",
      "dspace:reason": [{ "@value": "r", "@language": "en" }],
    });
    const conflict = negotiationErrorResponse(new AppError("CONFLICT", { message: "wrong state" }), { providerPid: "urn:p" });
    expect(conflict.status).toBe(409);
    const unknown = negotiationErrorResponse(new Error("secret detail"), {});
    expect([unknown.status, JSON.stringify(await unknown.json()).includes("secret")]).toEqual([500, false]);
  });
});
