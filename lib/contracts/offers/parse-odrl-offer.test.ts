import { describe, expect, it } from "vitest";
import { offerToOdrl } from "./odrl-offer";
import { parseDurationDays, parseOdrlOffer } from "./parse-odrl-offer";
import { portalOffer } from "./offer-model";
import { checkRequestAgainstOffer } from "./check-request-against-offer";
import { entryOffers } from "./entry-offers";

const target = "d".repeat(64);
const full = portalOffer.parse({
  id: "urn:offer:1",
  target,
  assigner: "did:web:p",
  permission: {
    constraints: {
      purposes: ["ScientificResearch", "OfficialStatistics"],
      maxDurationDays: 365,
      regions: ["EU"],
      recipientTypes: ["ResearchOrganisation"],
      pseudonymisationRequired: true,
    },
  },
  prohibitions: ["distribute", "reidentify"],
  obligations: ["attribute"],
});
const options = { target, assigner: "did:web:p", fallbackId: "fallback" };

describe("ODRL offers", () => {
  it.each(["dsp", "json-ld"] as const)("read back what they wrote (%s style)", (style) => {
    expect(parseOdrlOffer(offerToOdrl(full, { style }), options).offer).toEqual(full);
  });

  it("read unprefixed properties, single values and a target as another connector may send them", () => {
    const parsed = parseOdrlOffer(
      { "@id": "urn:x", target, permission: { action: "use", constraint: { leftOperand: "purpose", operator: "eq", rightOperand: "ScientificResearch" } } },
      options,
    );
    expect(parsed).toMatchObject({
      declaredId: "urn:x",
      declaredTarget: target,
      offer: { permission: { constraints: { purposes: ["ScientificResearch"], maxDurationDays: null } } },
    });
  });

  it.each([
    [{ "odrl:permission": [] }, "exactly one permission"],
    [{ "odrl:permission": [{ "odrl:action": "odrl:distribute" }] }, 'must be "use"'],
    [
      {
        "odrl:permission": [
          { "odrl:action": "odrl:use", "odrl:constraint": [{ "odrl:leftOperand": "odrl:count", "odrl:operator": "odrl:lteq", "odrl:rightOperand": 3 }] },
        ],
      },
      '"count" is not supported',
    ],
    [{ "odrl:permission": [{ "odrl:action": "odrl:use", "odrl:constraint": [{ "odrl:and": [] }] }] }, "logical constraints"],
    [
      {
        "odrl:permission": [
          {
            "odrl:action": "odrl:use",
            "odrl:constraint": [{ "odrl:leftOperand": "odrl:purpose", "odrl:operator": "odrl:neq", "odrl:rightOperand": "ScientificResearch" }],
          },
        ],
      },
      '"neq"',
    ],
    [
      {
        "odrl:permission": [
          {
            "odrl:action": "odrl:use",
            "odrl:constraint": [{ "odrl:leftOperand": "odrl:purpose", "odrl:operator": "odrl:eq", "odrl:rightOperand": "Marketing" }],
          },
        ],
      },
      "purposes",
    ],
    [
      {
        "odrl:permission": [
          {
            "odrl:action": "odrl:use",
            "odrl:constraint": [{ "odrl:leftOperand": "odrl:elapsedTime", "odrl:operator": "odrl:lteq", "odrl:rightOperand": "PT5H" }],
          },
        ],
      },
      "duration in days",
    ],
  ])("refuse what the portal cannot enforce, naming it (%#)", (offer, reason) => {
    expect(() => parseOdrlOffer(offer, options)).toThrow(reason);
  });

  it("understand durations in days and weeks", () => {
    expect([parseDurationDays("P30D"), parseDurationDays("P2W"), parseDurationDays("45"), parseDurationDays("P1Y")]).toEqual([30, 14, 45, null]);
  });
});

describe("checkRequestAgainstOffer", () => {
  it("names the purpose and the duration the offer does not permit", () => {
    expect(checkRequestAgainstOffer(full, { purpose: "ScientificResearch", durationDays: 365 })).toEqual([]);
    expect(checkRequestAgainstOffer(full, { purpose: "PolicyMaking", durationDays: 366 }).map((problem) => problem.name)).toEqual(["purpose", "durationDays"]);
  });
});

describe("checkRequestAgainstOffer: regions", () => {
  const inRegions = (regions: string[]) => ({ ...full, permission: { ...full.permission, constraints: { ...full.permission.constraints, regions } } });

  it("checks the consumer organisation's country against EU, EEA and country codes, naming the problem", () => {
    const request = { purpose: "ScientificResearch", durationDays: 30 };
    expect(checkRequestAgainstOffer(inRegions(["EU"]), { ...request, consumerCountry: "DE" })).toEqual([]);
    expect(checkRequestAgainstOffer(inRegions(["EEA"]), { ...request, consumerCountry: "NO" })).toEqual([]);
    expect(checkRequestAgainstOffer(inRegions(["EU"]), { ...request, consumerCountry: "NO" })).toEqual([
      { name: "consumer.countryCode", reason: expect.stringMatching(/only within EU; your organisation is registered in NO/) },
    ]);
    expect(checkRequestAgainstOffer(inRegions(["AT", "CH"]), { ...request, consumerCountry: "CH" })).toEqual([]);
    expect(checkRequestAgainstOffer(inRegions(["AT"]), { ...request, consumerCountry: null })).toEqual([
      { name: "consumer.countryCode", reason: expect.stringMatching(/names no country/) },
    ]);
    expect(checkRequestAgainstOffer(inRegions([]), { ...request, consumerCountry: null })).toEqual([]);
  });
});

describe("entryOffers", () => {
  const entry = { hash: target, issuerDid: "did:web:p", purposes: ["ScientificResearch"] };

  it("is the default offer for the declared purposes without an explicit one", () => {
    expect(entryOffers(entry)).toEqual([
      expect.objectContaining({
        id: `urn:dataloft:offer:${target}:default`,
        permission: { action: "use", constraints: expect.objectContaining({ purposes: ["ScientificResearch"] }) },
      }),
    ]);
    expect(entryOffers({ ...entry, purposes: ["Marketing"] })).toEqual([]);
    expect(entryOffers({ ...entry, purposes: [] })[0]!.permission.constraints.purposes).toEqual([]);
  });

  it("is the explicit offer when the credential states one, and nothing when it cannot be enforced", () => {
    const claims = [{ id: "urn:uuid:1", "odrl:hasPolicy": offerToOdrl(full, { style: "json-ld" }) }];
    expect(entryOffers({ ...entry, claims })).toEqual([full]);
    expect(entryOffers({ ...entry, claims: [{ "odrl:hasPolicy": { "odrl:permission": [{ "odrl:action": "odrl:sell" }] } }] })).toEqual([]);
  });
});
