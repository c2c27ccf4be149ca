import { expect, test } from "@playwright/test";

// A Dataspace Protocol client in plain fetch, as a connector or crawler would read the catalogue.

test("the catalogue answers DSP catalog requests with datasets carrying ODRL offers, and protocol errors in protocol shape", async ({ baseURL }) => {
  const request = (body: unknown) =>
    fetch(`${baseURL}/dsp/catalog/request`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  const response = await request({ "@context": "https://w3id.org/dspace/2024/1/context.json", "@type": "dspace:CatalogRequestMessage", "dspace:filter": [] });
  expect(response.status).toBe(200);
  const catalog = await response.json();
  expect(catalog["@type"]).toBe("dcat:Catalog");
  const registry = catalog["dcat:dataset"].find((dataset: Record<string, unknown>) => String(dataset["dct:title"]).startsWith("Kardiologie-Register"));
  expect(registry).toBeDefined();
  expect(registry["odrl:hasPolicy"][0]["odrl:permission"][0]["odrl:constraint"][0]).toMatchObject({
    "odrl:leftOperand": "odrl:purpose",
    "odrl:rightOperand": expect.arrayContaining(["https://w3id.org/dataloft/health#ScientificResearch"]),
  });

  const one = await fetch(`${baseURL}/dsp/catalog/datasets/${registry["@id"]}`);
  expect(one.status).toBe(200);
  expect((await one.json())["dct:title"]).toBe(registry["dct:title"]);

  const wrongMessage = await request({ "@type": "dspace:ContractRequestMessage" });
  expect(wrongMessage.status).toBe(400);
  expect((await wrongMessage.json())["@type"]).toBe("dspace:CatalogError");
  const unknown = await fetch(`${baseURL}/dsp/catalog/datasets/${"0".repeat(64)}`);
  expect(unknown.status).toBe(404);
  expect((await unknown.json())["@type"]).toBe("dspace:CatalogError");
});

test("the catalogue is published as DCAT-AP JSON-LD with health properties", async ({ request }) => {
  const response = await request.get("/api/v1/catalog");
  expect(response.headers()["content-type"]).toContain("application/ld+json");
  const catalog = await response.json();
  expect(catalog["@type"]).toBe("dcat:Catalog");
  const dataset = catalog["dcat:dataset"].find((d: Record<string, unknown>) => d["dct:title"] === "Type 2 diabetes follow-up cohort");
  expect(dataset["dlh:purposeOfUse"]).toEqual([{ "@id": "https://w3id.org/dataloft/health#ScientificResearch" }]);
  expect(dataset["dlh:pseudonymisationLevel"]).toEqual({ "@id": "https://w3id.org/dataloft/health#Pseudonymised" });
});
