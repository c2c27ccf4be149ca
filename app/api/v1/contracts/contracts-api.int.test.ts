import { describe, expect, it, vi } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { createContractParties, type Party } from "@/test/support/contract-parties";
import { createApiToken } from "@/lib/auth/create-api-token";
import { GET as listContracts, POST as postContract, PUT as putContracts } from "./route";
import { GET as getOne } from "./[id]/route";
import { POST as offer } from "./[id]/offer/route";
import { POST as accept } from "./[id]/accept/route";
import { POST as agree, GET as getAgree } from "./[id]/agree/route";
import { GET as listConsents } from "../consents/route";
import { POST as grant } from "../consents/[id]/grant/route";
import { GET as accessLog } from "../consents/access-log/route";

// The thin handlers through the real wrapper with Bearer tokens (the Auth.js cookie session needs the
// Next runtime and is replaced).
vi.mock("@/app/auth", () => ({ auth: async () => null }));

const url = (path: string) => `http://localhost:3000${path}`;
function call(path: string, token: string | null, body?: unknown, method = body === undefined ? "GET" : "POST"): Request {
  return new Request(url(path), {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
const params = (values: Record<string, string> = {}) => ({ params: Promise.resolve(values) });

describe.each(testDatabaseTargets())("contracts and consents API on $name", (target) => {
  const database = withTestDatabase(target);
  // Citizens cannot create tokens themselves (no participant admin): the operator issues this one.
  const operator = {
    kind: "admin-token" as const,
    userId: null,
    tokenId: null,
    memberships: [{ participantId: "operator", participantSlug: "operator", role: "CATALOGUE_ADMIN" as const }],
  };
  const tokenOf = async (party: Party) => (await createApiToken({ actor: operator, participantId: party.id, input: { name: "api" } })).secret;

  it("negotiates through the handlers, with consent, and answers errors as problem+json", async () => {
    const { provider, consumer, citizens, hash, offerId } = await createContractParties(database.current(), { citizens: 1 });
    const [providerToken, consumerToken, citizenToken] = [await tokenOf(provider), await tokenOf(consumer), await tokenOf(citizens[0]!)];

    const created = await postContract(
      call("/api/v1/contracts", consumerToken, { selfDescriptionHash: hash, offerId, purpose: "ScientificResearch", durationDays: 120 }),
      params(),
    );
    expect(created.status).toBe(201);
    const contract = (await created.json()) as { id: string; state: string };
    expect(created.headers.get("location")).toBe(`/api/v1/contracts/${contract.id}`);

    const inbox = (await (await listContracts(call("/api/v1/contracts?role=provider", providerToken), params())).json()) as { items: { id: string }[] };
    expect(inbox.items.map((item) => item.id)).toEqual([contract.id]);
    expect((await offer(call(`/api/v1/contracts/${contract.id}/offer`, providerToken, { maxDurationDays: 60 }), params({ id: contract.id }))).status).toBe(200);
    expect((await accept(call(`/api/v1/contracts/${contract.id}/accept`, consumerToken, {}), params({ id: contract.id }))).status).toBe(200);

    const blocked = await agree(call(`/api/v1/contracts/${contract.id}/agree`, providerToken), params({ id: contract.id }));
    expect(blocked.status).toBe(409);
    expect(blocked.headers.get("content-type")).toContain("application/problem+json");
    expect(await blocked.json()).toMatchObject({ code: "CONFLICT", detail: expect.stringContaining("consent") });

    const consents = (await (await listConsents(call("/api/v1/consents", citizenToken), params())).json()) as { items: { id: string; status: string }[] };
    expect(consents.items).toEqual([expect.objectContaining({ status: "PENDING" })]);
    expect((await grant(call(`/api/v1/consents/${consents.items[0]!.id}/grant`, citizenToken), params({ id: consents.items[0]!.id }))).status).toBe(200);
    expect(await (await agree(call(`/api/v1/contracts/${contract.id}/agree`, providerToken), params({ id: contract.id }))).json()).toMatchObject({
      state: "AGREED",
      durationDays: 60,
    });

    const log = (await (await accessLog(call("/api/v1/consents/access-log", citizenToken), params())).json()) as { items: { event: string }[] };
    expect(log.items.map((item) => item.event)).toEqual(["request", "offer", "accept", "consent.granted", "agree"]);

    const invalid = await postContract(
      call("/api/v1/contracts", consumerToken, { selfDescriptionHash: "nope", offerId, purpose: "Marketing", durationDays: 0 }),
      params(),
    );
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { invalid_params: { name: string }[] }).invalid_params.map((param) => param.name)).toEqual([
      "body.selfDescriptionHash",
      "body.purpose",
      "body.durationDays",
    ]);
    expect((await getOne(call(`/api/v1/contracts/${contract.id}`, citizenToken), params({ id: contract.id }))).status).toBe(404);
    expect((await listContracts(call("/api/v1/contracts", null), params())).status).toBe(401);
    const wrongMethods = [
      await putContracts(call("/api/v1/contracts", consumerToken, {}, "PUT")),
      await getAgree(call(`/api/v1/contracts/${contract.id}/agree`, providerToken)),
    ];
    expect(wrongMethods.map((response) => [response.status, response.headers.get("allow")])).toEqual([
      [405, "GET, POST"],
      [405, "POST"],
    ]);
  });
});
