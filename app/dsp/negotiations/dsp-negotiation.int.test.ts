import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
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
import { setCallbackTransport } from "@/lib/dsp/deliver-negotiation-callback";
import { subscribeDspCallbacks } from "@/lib/dsp/subscribe-dsp-callbacks";
import { terminateContract } from "@/lib/contracts/terminate-contract";
import type { GuardedFetch } from "@/lib/net/create-guarded-fetch";

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
    const started = await client.request({
      "dspace:consumerPid": "urn:uuid:consumer-1",
      "dspace:offer": offerMessage(offerId, hash),
      "dspace:callbackAddress": "https://consumer.example/dsp",
    });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      "@type": "dspace:ContractNegotiation",
      "dspace:consumerPid": "urn:uuid:consumer-1",
      "dspace:state": "dspace:REQUESTED",
    });
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
    expect(agreement.body).toMatchObject({
      "@type": "dspace:ContractAgreementMessage",
      "dspace:providerPid": providerPid,
      "dspace:agreement": { "@type": "odrl:Agreement", "odrl:target": hash, "odrl:assigner": provider.did },
    });
    expect(agreement.body[`${HEALTH}agreementCredential`]).toMatchObject({ "@value": { issuer: provider.did, proof: { type: "DataIntegrityProof" } } });

    expect((await client.verify(providerPid, "urn:uuid:consumer-1")).body["dspace:state"]).toBe("dspace:VERIFIED");
    await finalizeContract({ actor: provider.actor, contractId: stored.id });
    expect((await client.get(providerPid)).body["dspace:state"]).toBe("dspace:FINALIZED");
  });

  it("answers protocol errors as dspace:ContractNegotiationError: 400 invalid, 404 unknown, 409 wrong state, 401 without token, 405 wrong method", async () => {
    const { client, hash, offerId } = await setUp();
    const invalid = await client.call("POST", "/dsp/negotiations/request", {
      "@type": "dspace:ContractRequestMessage",
      "dspace:offer": offerMessage(offerId, hash),
      "dspace:callbackAddress": "https://c.example",
    });
    expect(invalid).toMatchObject({
      status: 400,
      body: {
        "@type": "dspace:ContractNegotiationError",
        "dspace:code": "BAD_REQUEST",
        "dspace:reason": [{ "@value": expect.stringContaining("consumerPid") }],
      },
    });
    expect((await client.call("POST", "/dsp/negotiations/request", "{not json")).status).toBe(400);
    expect(
      (await client.request({ "dspace:consumerPid": "c", "dspace:offer": offerMessage("urn:other", hash), "dspace:callbackAddress": "https://c.example" }))
        .status,
    ).toBe(400);
    expect(await db().contractRequest.count()).toBe(0);

    const unknown = await client.get("urn:uuid:unknown");
    expect(unknown).toMatchObject({ status: 404, body: { "@type": "dspace:ContractNegotiationError", "dspace:providerPid": "urn:uuid:unknown" } });

    const started = await client.request({
      "dspace:consumerPid": "urn:uuid:c2",
      "dspace:offer": offerMessage(offerId, hash),
      "dspace:callbackAddress": "https://consumer.example/dsp",
    });
    const providerPid = started.body["dspace:providerPid"] as string;
    const wrongState = await client.event(providerPid, "urn:uuid:c2", "dspace:ACCEPTED");
    expect(wrongState).toMatchObject({
      status: 409,
      body: { "dspace:code": "CONFLICT", "dspace:reason": [{ "@value": expect.stringContaining("REQUESTED") }] },
    });
    expect((await client.event(providerPid, "urn:uuid:other", "dspace:ACCEPTED")).status).toBe(400);
    expect((await client.terminate(providerPid, "urn:uuid:c2")).body["dspace:state"]).toBe("dspace:TERMINATED");

    const anonymous = await routeFetch(`http://localhost:3000/dsp/negotiations/${encodeURIComponent(providerPid)}`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as Record<string, unknown>)["@type"]).toBe("dspace:ContractNegotiationError");
    const wrongMethod = await routeFetch("http://localhost:3000/dsp/negotiations/request", { method: "GET" });
    expect([wrongMethod.status, wrongMethod.headers.get("allow")]).toEqual([405, "POST"]);
  });
});

describe.each(testDatabaseTargets())("DSP callbacks to the consumer's connector on $name", (target) => {
  const database = withTestDatabase(target);
  // The portal wires this in instrumentation.ts; here the test process is the one that starts.
  let unsubscribe: () => void = () => {};
  beforeAll(() => {
    unsubscribe = subscribeDspCallbacks();
  });
  afterAll(() => unsubscribe());
  afterEach(() => setCallbackTransport(undefined));

  function recordingTransport(answer: "ok" | "fail") {
    const sent: { url: string; method?: string; message: Record<string, unknown> }[] = [];
    const transport: GuardedFetch = async (url, init) => {
      sent.push({ url, method: init?.method, message: JSON.parse(init?.body ?? "{}") as Record<string, unknown> });
      if (answer === "fail") throw Object.assign(new Error("connection refused"), { name: "AppError" });
      return { url, status: 200, contentType: "application/json", body: new Uint8Array(), text: () => "{}" };
    };
    return { sent, transport };
  }

  it("delivers the provider's counter-offer, agreement and finalization to the callback address, recording each delivery", async () => {
    const { sent, transport } = recordingTransport("ok");
    setCallbackTransport(transport);
    const parties = await createContractParties(database.current());
    const { secret } = await createApiToken({ actor: parties.consumer.actor, participantId: parties.consumer.id, input: { name: "connector" } });
    const client = dspClient({ baseUrl: "http://localhost:3000", token: secret, fetch: routeFetch });
    const started = await client.request({
      "dspace:consumerPid": "urn:uuid:cb-1",
      "dspace:offer": offerMessage(parties.offerId, parties.hash),
      "dspace:callbackAddress": "https://connector.example/callback/",
    });
    const providerPid = started.body["dspace:providerPid"] as string;
    const stored = await db().contractRequest.findUniqueOrThrow({ where: { providerPid } });

    await offerContract({ actor: parties.provider.actor, contractId: stored.id, changes: { maxDurationDays: 60 } });
    await client.event(providerPid, "urn:uuid:cb-1", "dspace:ACCEPTED");
    await agreeContract({ actor: parties.provider.actor, contractId: stored.id });
    await client.verify(providerPid, "urn:uuid:cb-1");
    await finalizeContract({ actor: parties.provider.actor, contractId: stored.id });

    const base = "https://connector.example/callback/negotiations/urn%3Auuid%3Acb-1";
    expect(sent.map((call) => [call.method, call.url, call.message["@type"]])).toEqual([
      ["POST", `${base}/offers`, "dspace:ContractOfferMessage"],
      ["POST", `${base}/agreement`, "dspace:ContractAgreementMessage"],
      ["POST", `${base}/events`, "dspace:ContractNegotiationEventMessage"],
    ]);
    expect(sent[0]!.message).toMatchObject({
      "dspace:providerPid": providerPid,
      "dspace:consumerPid": "urn:uuid:cb-1",
      "dspace:callbackAddress": expect.stringMatching(/\/dsp$/),
    });
    expect(JSON.stringify(sent[0]!.message["dspace:offer"])).toContain("P60D");
    expect(sent[1]!.message[`${HEALTH}agreementCredential`]).toMatchObject({ "@value": { proof: { type: "DataIntegrityProof" } } });
    expect(sent[2]!.message["dspace:eventType"]).toBe("dspace:FINALIZED");
    const deliveries = await db().contractEvent.findMany({
      where: { contractRequestId: stored.id, type: { startsWith: "callback." } },
      orderBy: { createdAt: "asc" },
    });
    expect(deliveries.map((event) => [event.type, (event.message as { delivered: boolean }).delivered])).toEqual([
      ["callback.offer", true],
      ["callback.agree", true],
      ["callback.finalize", true],
    ]);
  });

  it("keeps the move when the connector cannot be reached, and records why; with callbacks disabled nothing is sent", async () => {
    const { sent, transport } = recordingTransport("fail");
    setCallbackTransport(transport);
    const parties = await createContractParties(database.current());
    const { secret } = await createApiToken({ actor: parties.consumer.actor, participantId: parties.consumer.id, input: { name: "connector" } });
    const client = dspClient({ baseUrl: "http://localhost:3000", token: secret, fetch: routeFetch });
    const started = await client.request({
      "dspace:consumerPid": "urn:uuid:cb-2",
      "dspace:offer": offerMessage(parties.offerId, parties.hash),
      "dspace:callbackAddress": "https://gone.example/dsp",
    });
    const stored = await db().contractRequest.findUniqueOrThrow({ where: { providerPid: started.body["dspace:providerPid"] as string } });
    await terminateContract({ actor: parties.provider.actor, contractId: stored.id, reason: "dataset withdrawn" });
    expect((await db().contractRequest.findUniqueOrThrow({ where: { id: stored.id } })).state).toBe("TERMINATED");
    expect(sent.map((call) => [call.url, call.message["@type"], call.message["dspace:reason"]])).toEqual([
      [
        "https://gone.example/dsp/negotiations/urn%3Auuid%3Acb-2/termination",
        "dspace:ContractNegotiationTerminationMessage",
        [{ "@value": "dataset withdrawn", "@language": "en" }],
      ],
    ]);
    const failed = await db().contractEvent.findFirstOrThrow({ where: { contractRequestId: stored.id, type: "callback.terminate" } });
    expect(failed.message).toMatchObject({ delivered: false });

    setCallbackTransport(null);
    const again = await client.request({
      "dspace:consumerPid": "urn:uuid:cb-3",
      "dspace:offer": offerMessage(parties.offerId, parties.hash),
      "dspace:callbackAddress": "https://connector.example/dsp",
    });
    const third = await db().contractRequest.findUniqueOrThrow({ where: { providerPid: again.body["dspace:providerPid"] as string } });
    await offerContract({ actor: parties.provider.actor, contractId: third.id, changes: { maxDurationDays: 30 } });
    expect(sent).toHaveLength(1);
    expect(await db().contractEvent.count({ where: { contractRequestId: third.id, type: { startsWith: "callback." } } })).toBe(0);
  });
});
