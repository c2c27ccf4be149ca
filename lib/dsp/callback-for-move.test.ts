import { describe, expect, it } from "vitest";
import { NEGOTIATION_ACTIONS, NEGOTIATION_ROLES } from "@/lib/contracts/negotiation-transitions";
import { callbackForMove, CONSENT_WITHDRAWN_REASON } from "./callback-for-move";

describe("callbackForMove", () => {
  it("calls back for the provider's offer, agreement, finalization and termination, with the provider's reason", () => {
    expect(callbackForMove({ contractId: "c", action: "offer", role: "provider" })).toEqual({ move: "offer" });
    expect(callbackForMove({ contractId: "c", action: "agree", role: "provider" })).toEqual({ move: "agree" });
    expect(callbackForMove({ contractId: "c", action: "finalize", role: "provider" })).toEqual({ move: "finalize" });
    expect(callbackForMove({ contractId: "c", action: "terminate", role: "provider", reason: "dataset withdrawn" })).toEqual({
      move: "terminate",
      reason: "dataset withdrawn",
    });
  });

  it("never calls back for the consumer's own moves (the connector made them)", () => {
    for (const action of NEGOTIATION_ACTIONS.filter((action) => action !== "withdraw-consent")) {
      expect(callbackForMove({ contractId: "c", action, role: "consumer" }), action).toBeNull();
    }
  });

  it("tells of a withdrawn consent as a termination, never with the citizen's own words", () => {
    for (const role of NEGOTIATION_ROLES) {
      expect(callbackForMove({ contractId: "c", action: "withdraw-consent", role, reason: "I moved away" })).toEqual({
        move: "terminate",
        reason: CONSENT_WITHDRAWN_REASON,
      });
    }
  });
});
