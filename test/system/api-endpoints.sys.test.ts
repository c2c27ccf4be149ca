import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unsignedHealthDataset } from "@/test/support/health-credential";
import { startInstance, type Instance } from "./start-instance";

// Every catalogue endpoint over real HTTP against a running portal, once on the embedded database and
// once on PostgreSQL (when the suite has a server, as in CI): the same answers from both.

const ADMIN_TOKEN = "endpoints-system-admin-token-0123456789";
const HOSPITAL = "uniklinik-musterstadt";
const targets = [{ name: "embedded", port: 3317, postgres: false }, ...(process.env.DATABASE_URL ? [{ name: "postgresql", port: 3318, postgres: true }] : [])];

describe.each(targets)("the catalogue API end to end on the $name database", (target) => {
  let node: Instance;
  const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };

  beforeAll(async () => {
    node = await startInstance({
      port: target.port,
      adminToken: ADMIN_TOKEN,
      seedDemo: true,
      postgresServerUrl: target.postgres ? process.env.DATABASE_URL : undefined,
    });
  }, 240_000);

  afterAll(async () => {
    await node?.stop();
  }, 60_000);

  const call = async (method: string, path: string, options: { body?: string; type?: string; accept?: string; auth?: boolean } = {}) => {
    const response = await fetch(`${node.baseUrl}${path}`, {
      method,
      headers: {
        ...(options.auth === false ? {} : headers),
        ...(options.type ? { "content-type": options.type } : {}),
        ...(options.accept ? { accept: options.accept } : {}),
      },
      body: options.body,
    });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get("content-type") ?? "",
      location: response.headers.get("location"),
      text,
      json: () => JSON.parse(text) as Record<string, unknown>,
    };
  };

  async function signed(title: string, subjectId?: string) {
    const unsigned = {
      ...unsignedHealthDataset({ title, description: `${title}: pseudonymised records`, subjectId }),
      issuer: `did:web:localhost%3A${target.port}:participants:${HOSPITAL}`,
    };
    const answer = await call("POST", `/api/v1/participants/${HOSPITAL}/sign`, { body: JSON.stringify(unsigned), type: "application/json" });
    expect(answer.status, answer.text).toBe(200);
    return answer.text;
  }

  it("publishes, finds, serves, versions and revokes entries; checks, lints and queries without storing; serves DCAT, DSP and OpenAPI", async () => {
    const word = `sweep${randomUUID().slice(0, 8)}`;
    const subjectId = `urn:uuid:${randomUUID()}`;
    const first = await signed(`Kidney registry ${word}`, subjectId);

    // Publish: 201 with Location, 200 for the identical document, 422 naming the failed check.
    const created = await call("POST", "/api/v1/self-descriptions?onBehalf=true", { body: first, type: "application/ld+json" });
    expect(created.status, created.text).toBe(201);
    const hash = created.json().hash as string;
    expect(created.location).toBe(`/api/v1/self-descriptions/${hash}`);
    expect(created.json()).toMatchObject({ status: "ACTIVE", verification: { verified: true }, validation: { conforms: true } });
    expect((await call("POST", "/api/v1/self-descriptions?onBehalf=true", { body: first, type: "application/ld+json" })).status).toBe(200);
    const tampered = await call("POST", "/api/v1/self-descriptions?onBehalf=true", {
      body: first.replace(`Kidney registry ${word}`, "Changed"),
      type: "application/ld+json",
    });
    expect([tampered.status, tampered.type, tampered.json().code]).toEqual([422, "application/problem+json", "VERIFICATION_FAILED"]);

    // Search with facets; the entry in its three representations.
    const found = await call("GET", `/api/v1/self-descriptions?q=${word}`, { auth: false });
    expect(found.json()).toMatchObject({ total: 1, items: [{ hash }], facets: { purpose: expect.any(Array), status: expect.any(Array) } });
    expect((await call("GET", `/api/v1/self-descriptions/${hash}`, { auth: false })).json()).toMatchObject({ hash, title: `Kidney registry ${word}` });
    expect((await call("GET", `/api/v1/self-descriptions/${hash}`, { auth: false, accept: "application/ld+json" })).text).toBe(first);
    const nquads = await call("GET", `/api/v1/self-descriptions/${hash}`, { auth: false, accept: "application/n-quads" });
    expect([nquads.status, nquads.type.startsWith("application/n-quads")]).toEqual([200, true]);
    expect(nquads.text).toContain(subjectId);
    expect(JSON.stringify((await call("GET", "/api/v1/catalog", { auth: false })).json())).toContain(subjectId);

    // A new version for the same subject deprecates the first; versions list both; revoke is terminal.
    const second = await call("POST", "/api/v1/self-descriptions?onBehalf=true", {
      body: await signed(`Kidney registry ${word} v2`, subjectId),
      type: "application/ld+json",
    });
    expect(second.status).toBe(201);
    const secondHash = second.json().hash as string;
    expect((await call("GET", `/api/v1/self-descriptions/${hash}`, { auth: false })).json().status).toBe("DEPRECATED");
    expect(
      ((await call("GET", `/api/v1/self-descriptions/${secondHash}/versions`, { auth: false })).json().items as { hash: string }[]).map((item) => item.hash),
    ).toEqual([secondHash, hash]);
    expect(
      (await call("POST", `/api/v1/self-descriptions/${secondHash}/revoke`, { body: JSON.stringify({ reason: "sweep" }), type: "application/json" })).json()
        .status,
    ).toBe("REVOKED");
    expect((await call("GET", `/api/v1/self-descriptions?q=${word}&status=all`, { auth: false })).json().total).toBe(2);

    // Checks without storing.
    const checked = await call("POST", "/api/v1/verification", { body: await signed(`Unstored ${word}`), type: "application/ld+json", auth: false });
    expect(checked.json()).toMatchObject({ verified: true, conforms: true });
    const lint = await call("POST", "/api/v1/validation/lint", {
      body: JSON.stringify({ credential: unsignedHealthDataset({ title: "Draft", description: "draft" }) }),
      type: "application/json",
      auth: false,
    });
    expect(lint.json()).toMatchObject({ conforms: true });
    expect((await call("GET", `/api/v1/self-descriptions?q=Unstored%20${word}&status=all`, { auth: false })).json().total).toBe(0);

    // Structured query over the claims.
    const query = await call("POST", "/api/v1/query", {
      body: JSON.stringify({ where: { path: ["dct:title"], op: "contains", value: word }, status: "all" }),
      type: "application/json",
      auth: false,
    });
    expect(query.status, query.text).toBe(200);
    expect((query.json().items as { hash: string }[]).map((item) => item.hash).sort()).toEqual([hash, secondHash].sort());

    // DSP and the API description.
    const dsp = await call("POST", "/dsp/catalog/request", {
      body: JSON.stringify({ "@context": "https://w3id.org/dspace/2024/1/context.json", "@type": "dspace:CatalogRequestMessage" }),
      type: "application/json",
      auth: false,
    });
    expect(dsp.json()["@type"]).toBe("dcat:Catalog");
    const datasetHash = ((dsp.json()["dcat:dataset"] as { "@id": string }[])[0] ?? { "@id": "" })["@id"];
    expect((await call("GET", `/dsp/catalog/datasets/${datasetHash}`, { auth: false })).json()).toMatchObject({ "@id": datasetHash, "@type": "dcat:Dataset" });
    expect((await call("GET", "/api/openapi.json", { auth: false })).json()).toMatchObject({ openapi: "3.1.0" });
    expect((await call("GET", "/api/v1/stats", { auth: false })).status).toBe(200);
    expect((await call("DELETE", "/api/v1/self-descriptions", { auth: false })).status).toBe(405);
  });
});
