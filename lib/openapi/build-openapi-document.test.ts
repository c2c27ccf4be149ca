import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./build-openapi-document";

describe("buildOpenApiDocument", () => {
  const document = buildOpenApiDocument({ serverUrl: "https://catalogue.example" });

  it("is OpenAPI 3.1 with the search parameters taken from the zod schema", () => {
    expect(document.openapi).toBe("3.1.0");
    const search = document.paths["/api/v1/self-descriptions"]?.get as { parameters: { name: string; schema: { maximum?: number } }[] };
    const limit = search.parameters.find((p) => p.name === "limit");
    expect(limit?.schema.maximum).toBe(100);
    expect(search.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["q", "type", "status", "cursor", "purpose", "theme"]));
  });

  it("documents request bodies from their schemas and problem+json errors everywhere", () => {
    const create = document.paths["/api/v1/participants/{slug}/tokens"]?.post as {
      requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> };
      responses: Record<string, unknown>;
    };
    expect(Object.keys(create.requestBody.content["application/json"]!.schema.properties)).toEqual(["name", "role", "expiresInDays"]);
    expect(create.responses["4XX"]).toBeDefined();
    const publish = document.paths["/api/v1/self-descriptions"]?.post as { requestBody: { content: Record<string, unknown> } };
    expect(Object.keys(publish.requestBody.content)).toEqual(["application/ld+json", "application/vc+jwt", "application/vp+jwt"]);
  });
});

describe("buildOpenApiDocument: contracts, consents and DSP negotiation", () => {
  const document = buildOpenApiDocument({ serverUrl: "https://catalogue.example" });

  it("documents every contract, consent and negotiation route with its request body", () => {
    for (const path of [
      "/api/v1/contracts",
      "/api/v1/contracts/{id}/offer",
      "/api/v1/contracts/{id}/verify",
      "/api/v1/consents/{id}/withdraw",
      "/api/v1/consents/access-log",
      "/dsp/negotiations/request",
      "/dsp/negotiations/{providerPid}/events",
    ]) {
      expect(document.paths[path], path).toBeDefined();
    }
    const request = document.paths["/api/v1/contracts"]?.post as {
      requestBody: { content: Record<string, { schema: { properties: Record<string, unknown>; required: string[] } }> };
    };
    const schema = request.requestBody.content["application/json"]!.schema;
    expect(Object.keys(schema.properties)).toEqual(["selfDescriptionHash", "offerId", "purpose", "durationDays", "consumerParticipantId"]);
    expect(schema.properties.purpose).toMatchObject({ enum: expect.arrayContaining(["ScientificResearch"]) });
  });
});

describe("buildOpenApiDocument: federation", () => {
  const document = buildOpenApiDocument({ serverUrl: "https://catalogue.example" });

  it("documents the change feed parameter, the origin filters and the peer endpoints", () => {
    const search = document.paths["/api/v1/self-descriptions"]?.get as { parameters: { name: string }[] };
    expect(search.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["updatedSince", "origin", "peer"]));
    const register = document.paths["/api/v1/admin/peers"]?.post as {
      requestBody: { content: Record<string, { schema: { properties: Record<string, unknown> } }> };
    };
    expect(Object.keys(register.requestBody.content["application/json"]!.schema.properties)).toEqual(["name", "baseUrl", "kind", "token", "scheduleMinutes"]);
    expect(document.paths["/api/v1/admin/peers/{id}"]?.patch).toBeDefined();
    expect(document.paths["/api/v1/admin/peers/{id}/sync"]?.post).toMatchObject({ responses: { "202": expect.anything(), "409": expect.anything() } });
  });
});
