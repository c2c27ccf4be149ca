import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dspClient, HEALTH, offerMessage } from "@/test/support/dsp-client";
import { startInstance, type Instance } from "./start-instance";

// An external connector negotiates over real HTTP with a participant hosted on a running portal: the
// consumer side speaks only the Dataspace Protocol (plain fetch, protocol shapes); the hospital answers
// through the portal's contracts API with its own API token.

const ADMIN_TOKEN = "dsp-system-admin-token-0123456789abcdef";
const PORT = Number(process.env.SYSTEM_PORT_DSP ?? 3315);
const DSP = "https://w3id.org/dspace/2024/1/context.json";

describe("Dataspace Protocol negotiation over HTTP", () => {
  let node: Instance;

  beforeAll(async () => {
    node = await startInstance({ port: PORT, adminToken: ADMIN_TOKEN, seedDemo: true });
  }, 240_000);

  afterAll(async () => {
    await node?.stop();
  }, 60_000);

  async function tokenFor(slug: string) {
    const response = await fetch(`${node.baseUrl}/api/v1/participants/${slug}/tokens`, {
      method: "POST",
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ name: `${slug} connector` }),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { secret: string }).secret;
  }

  it("a connector reads the DSP catalogue, requests, accepts the hospital's counter-offer, verifies the signed agreement; the hospital finalizes", async () => {
    const connector = dspClient({ baseUrl: node.baseUrl, token: await tokenFor("institut-versorgungsforschung"), fetch });
    const hospitalToken = await tokenFor("uniklinik-musterstadt");
    const hospital = (method: string, path: string, body?: unknown) =>
      fetch(`${node.baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${hospitalToken}`, "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      }).then(async (response) => ({ status: response.status, body: (await response.json()) as Record<string, unknown> }));

    // The catalogue, as a crawler reads it: pick a hospital dataset whose offer permits scientific research.
    const catalog = (await (
      await fetch(`${node.baseUrl}/dsp/catalog/request`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ "@context": DSP, "@type": "dspace:CatalogRequestMessage" }),
      })
    ).json()) as { "dcat:dataset": Record<string, unknown>[] };
    const dataset = catalog["dcat:dataset"].find(
      (candidate) =>
        JSON.stringify(candidate["odrl:hasPolicy"]).includes(`${HEALTH}ScientificResearch`) &&
        JSON.stringify(candidate["odrl:hasPolicy"]).includes("uniklinik-musterstadt"),
    );
    expect(dataset, "a hospital dataset offered for scientific research").toBeDefined();
    const hash = dataset!["@id"] as string;
    const offerId = (dataset!["odrl:hasPolicy"] as { "@id": string }[])[0]!["@id"];

    const started = await connector.request({
      "dspace:consumerPid": "urn:uuid:ivf-connector-1",
      "dspace:offer": offerMessage(offerId, hash, 200),
      "dspace:callbackAddress": "https://connector.ivf.example/dsp",
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect(started.body).toMatchObject({ "@type": "dspace:ContractNegotiation", "dspace:state": "dspace:REQUESTED" });
    const providerPid = started.body["dspace:providerPid"] as string;

    const inbox = await hospital("GET", "/api/v1/contracts?role=provider");
    const contract = (inbox.body.items as { id: string; providerPid: string }[]).find((item) => item.providerPid === providerPid);
    expect(contract).toBeDefined();
    expect((await hospital("POST", `/api/v1/contracts/${contract!.id}/offer`, { maxDurationDays: 90 })).status).toBe(200);
    const offered = await connector.get(providerPid);
    expect(offered.body["dspace:state"]).toBe("dspace:OFFERED");
    expect(JSON.stringify(offered.body["dspace:offer"])).toContain("P90D");

    expect((await connector.event(providerPid, "urn:uuid:ivf-connector-1", "dspace:ACCEPTED")).body["dspace:state"]).toBe("dspace:ACCEPTED");
    expect((await hospital("POST", `/api/v1/contracts/${contract!.id}/agree`)).status).toBe(200);
    const agreement = await connector.agreement(providerPid);
    expect(agreement.body).toMatchObject({
      "@type": "dspace:ContractAgreementMessage",
      "dspace:agreement": { "@type": "odrl:Agreement", "odrl:target": hash },
    });
    expect((await connector.verify(providerPid, "urn:uuid:ivf-connector-1")).body["dspace:state"]).toBe("dspace:VERIFIED");
    expect((await hospital("POST", `/api/v1/contracts/${contract!.id}/finalize`)).status).toBe(200);
    expect((await connector.get(providerPid)).body["dspace:state"]).toBe("dspace:FINALIZED");

    // A wrong-state message gets the protocol's error, and changes nothing.
    const late = await connector.event(providerPid, "urn:uuid:ivf-connector-1", "dspace:ACCEPTED");
    expect(late).toMatchObject({ status: 409, body: { "@type": "dspace:ContractNegotiationError" } });
    expect((await connector.get(providerPid)).body["dspace:state"]).toBe("dspace:FINALIZED");
  });
});
