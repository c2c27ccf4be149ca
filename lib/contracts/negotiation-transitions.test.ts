import { describe, expect, it } from "vitest";
import { checkTransition, isFinalState, nextActions, NEGOTIATION_ACTIONS, NEGOTIATION_ROLES, NEGOTIATION_STATES } from "./negotiation-transitions";

// Every allowed (state, action, role) is listed here by hand, from the Dataspace Protocol's state
// machine; every combination not listed must be refused.
const ALLOWED = [
  ["INITIAL", "request", "consumer", "REQUESTED"],
  ["OFFERED", "request", "consumer", "REQUESTED"],
  ["REQUESTED", "offer", "provider", "OFFERED"],
  ["OFFERED", "accept", "consumer", "ACCEPTED"],
  ["REQUESTED", "agree", "provider", "AGREED"],
  ["ACCEPTED", "agree", "provider", "AGREED"],
  ["AGREED", "verify", "consumer", "VERIFIED"],
  ["VERIFIED", "finalize", "provider", "FINALIZED"],
  ...["REQUESTED", "OFFERED", "ACCEPTED", "AGREED", "VERIFIED"].flatMap((state) => [
    [state, "terminate", "provider", "TERMINATED"],
    [state, "terminate", "consumer", "TERMINATED"],
  ]),
  ...["REQUESTED", "OFFERED", "ACCEPTED", "AGREED", "VERIFIED", "FINALIZED"].map((state) => [state, "withdraw-consent", "citizen", "TERMINATED"]),
] as const;

const combinations = NEGOTIATION_STATES.flatMap((state) => NEGOTIATION_ACTIONS.flatMap((action) => NEGOTIATION_ROLES.map((role) => ({ state, action, role }))));
const expected = (combination: { state: string; action: string; role: string }) =>
  ALLOWED.find(([state, action, role]) => state === combination.state && action === combination.action && role === combination.role);

describe("the negotiation transition table", () => {
  it("covers 8 states x 8 actions x 3 roles", () => {
    expect(combinations).toHaveLength(8 * 8 * 3);
  });

  it.each(combinations.filter((combination) => expected(combination)))("allows $role to $action from $state", (combination) => {
    expect(checkTransition(combination)).toEqual({ allowed: true, to: expected(combination)![3] });
  });

  it.each(combinations.filter((combination) => !expected(combination)))("refuses $role to $action from $state, saying why", (combination) => {
    const check = checkTransition(combination);
    expect(check.allowed).toBe(false);
    expect(check.allowed ? "" : check.reason).toMatch(/^(The \w+ cannot|Cannot) /);
  });

  it("nothing leaves TERMINATED, and only a consent withdrawal leaves FINALIZED", () => {
    for (const role of NEGOTIATION_ROLES) expect(nextActions({ state: "TERMINATED", role })).toEqual([]);
    expect(nextActions({ state: "FINALIZED", role: "citizen" })).toEqual(["withdraw-consent"]);
    expect(nextActions({ state: "REQUESTED", role: "provider" })).toEqual(["offer", "agree", "terminate"]);
    expect([isFinalState("FINALIZED"), isFinalState("TERMINATED"), isFinalState("VERIFIED")]).toEqual([true, true, false]);
  });
});
