import { describe, expect, it, vi } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { createContractParties } from "@/test/support/contract-parties";
import { createApiToken } from "@/lib/auth/create-api-token";
import { db } from "@/lib/db";
import { offerContract } from "@/lib/contracts/offer-contract";
import { agreeContract } from "@/lib/contracts/agree-contract";
import { finalizeContract } from "@/lib/contracts/finalize-contract";
import * as requestRoute from "./request/route";
import * as negotiationRoute from "./[providerPid]/route";
import * as counterRequestRoute from "./[providerPid]/request/route";
import * as eventsRoute from "./[providerPid]/events/route";
import * as agreementRoute from "./[providerPid]/agreement/route";
import * as verificationRoute from "./[providerPid]/agreement/verification/route";
import * as terminationRoute from "./[providerPid]/termination/route";
import { dspClient, HEALTH, offerMessage } from "@/test/support/dsp-client";

// A Dataspace Protocol client in plain fetch and protocol shapes. In this test its fetch dispatches
// to the route handlers themselves (real Request objects through the real wrapper); pointed at a
// running portal (DSP_BASE_URL) the same client runs over HTTP. Only the cookie session (Auth.js,
// which needs the Next runtime) is replaced: the client authenticates with a Bearer token.
vi.mock("@/app/auth", () => ({ auth: async () => null }));

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const ROUTES: [RegExp, Record<string, Handler>][] = [
  [/^\/dsp\/negotiations\/request$/, requestRoute],
  [/^\/dsp\/negotiations\/(?<providerPid>[^/]+)$/, negotiationRoute],
  [/^\/dsp\/negotiations\/(?<providerPid>[^/]+)\/request$/, counterRequestRoute],
  [/^\/dsp\/negotiations\/(?<providerPid>[^/]+)\/events$/, eventsRoute],
  [/^\/dsp\/negotiations\/(?<providerPid>[^/]+)\/agreement$/, agreementRoute],
  [/^\/dsp\/negotiations\/(?<providerPid>[^/]+)\/agreement\/verification$/, verificationRoute],
  [/^\/dsp\/negotiations\/(?<providerPid>[^/]+)\/termination$/, terminationRoute],
];

async function routeFetch(url: string, init: RequestInit = {}): Promise<Response> {
  const request = new Request(url, init);
  const path = new URL(url).pathname;
  for (const [pattern, module] of ROUTES) {
    const match = pattern.exec(path);
    const handler = match && module[request.method];
    if (handler) return handler(request, { params: Promise.resolve({ ...(match.groups ?? {}) }) });
  }
  throw new Error(`no route for ${request.method} ${path}`);
}

describe.each(testDatabaseTargets())("DSP contract negotiation on $name", (target) => {
  const database = withTestDatabase(target);

  async function setUp() {
    const parties = await createContractParties(database.current());
    const { secret } = await createApiToken({ actor: parties.consumer.actor, participantId: parties.consumer.id, input: { name: "connector" } });
    return { ...parties, client: dspClient({ baseUrl: "http://localhost:3000", token: secret, fetch: routeFetch }) };
  }

  it("a consumer connector negotiates end to end: request, counter-offer, accept, agreement, verification, finalization", async () => {
    const { client, provider, hash, offerId } = await setUp();
    const started = await client.request({ "dspace:consumerPid": "urn:uuid:consumer-1", "dspace:offer": offerMessage(offerId, hash), "dspace:callbackAddress": "https://consumer.example/dsp" });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ "@type": "dspace:ContractNegotiation", "dspace:consumerPid": "urn:uuid:consumer-1", "dspace:state": "dspace:REQUESTED" });
    const providerPid = started.body["dspace:providerPid"] as string;
    const stored = await db().contractRequest.findUniqueOrThrow({ where: { providerPid } });
    expect(stored).toMatchObject({ purpose: "ScientificResearch", durationDays: 200, consumerCallbackUrl: "https://consumer.example/dsp" });

    await offerContract({ actor: provider.actor, contractId: stored.id, changes: { maxDurationDays: 90 } });
    const offered = await client.get(providerPid);
    expect(offered.body["dspace:state"]).toBe("dspace:OFFERED");
    expect(JSON.stringify(offered.body["dspace:offer"])).toContain("P90D");

    expect((await client.event(providerPid, "urn:uuid:consumer-1", "dspace:ACCEPTED")).body["dspace:state"]).toBe("dspace:ACCEPTED");
    expect((await client.agreement(providerPid)).status).toBe(409);
    await agreeContract({ actor: provider.actor, contractId: stored.id });
    const agreement = await client.agreement(providerPid);
    expect(agreement.body).toMatchObject({ "@type": "dspace:ContractAgreementMessage", "dspace:providerPid": providerPid, "dspace:agreement": { "@type": "odrl:Agreement", "odrl:target": hash, "odrl:assigner": provider.did } });
    expect(agreement.body[`${HEALTH}agreementCredential`]).toMatchObject({ "@value": { issuer: provider.did, proof: { type: "DataIntegrityProof" } } });

    expect((await client.verify(providerPid, "urn:uuid:consumer-1")).body["dspace:state"]).toBe("dspace:VERIFIED");
    await finalizeContract({ actor: provider.actor, contractId: stored.id });
    expect((await client.get(providerPid)).body["dspace:state"]).toBe("dspace:FINALIZED");
  });

  it("answers protocol errors as dspace:ContractNegotiationError: 400 invalid, 404 unknown, 409 wrong state, 401 without token, 405 wrong method", async () => {
    const { client, hash, offerId } = await setUp();
    const invalid = await client.call("POST", "/dsp/negotiations/request", { "@type": "dspace:ContractRequestMessage", "dspace:offer": offerMessage(offerId, hash), "dspace:callbackAddress": "https://c.example" });
    expect(invalid).toMatchObject({ status: 400, body: { "@type": "dspace:ContractNegotiationError", "dspace:code": "BAD_REQUEST", "dspace:reason": [{ "@value": expect.stringContaining("consumerPid") }] } });
    expect((await client.call("POST", "/dsp/negotiations/request", "{not json")).status).toBe(400);
    expect((await client.request({ "dspace:consumerPid": "c", "dspace:offer": offerMessage("urn:other", hash), "dspace:callbackAddress": "https://c.example" })).status).toBe(400);
    expect(await db().contractRequest.count()).toBe(0);

    const unknown = await client.get("urn:uuid:unknown");
    expect(unknown).toMatchObject({ status: 404, body: { "@type": "dspace:ContractNegotiationError", "dspace:providerPid": "urn:uuid:unknown" } });

    const started = await client.request({ "dspace:consumerPid": "urn:uuid:c2", "dspace:offer": offerMessage(offerId, hash), "dspace:callbackAddress": "https://consumer.example/dsp" });
    const providerPid = started.body["dspace:providerPid"] as string;
    const wrongState = await client.event(providerPid, "urn:uuid:c2", "dspace:ACCEPTED");
    expect(wrongState).toMatchObject({ status: 409, body: { "dspace:code": "CONFLICT", "dspace:reason": [{ "@value": expect.stringContaining("REQUESTED") }] } });
    expect((await client.event(providerPid, "urn:uuid:other", "dspace:ACCEPTED")).status).toBe(400);
    expect((await client.terminate(providerPid, "urn:uuid:c2")).body["dspace:state"]).toBe("dspace:TERMINATED");

    const anonymous = await routeFetch(`http://localhost:3000/dsp/negotiations/${encodeURIComponent(providerPid)}`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as Record<string, unknown>)["@type"]).toBe("dspace:ContractNegotiationError");
    const wrongMethod = await routeFetch("http://localhost:3000/dsp/negotiations/request", { method: "GET" });
    expect([wrongMethod.status, wrongMethod.headers.get("allow")]).toEqual([405, "POST"]);
  });
});
