import { describe, expect, it } from "vitest";
import { parseCatalogRequest } from "./parse-catalog-request";

describe("parseCatalogRequest", () => {
  it("accepts the protocol's catalog request message", () => {
    expect(
      parseCatalogRequest(
        JSON.stringify({ "@context": "https://w3id.org/dspace/2024/1/context.json", "@type": "dspace:CatalogRequestMessage", "dspace:filter": [] }),
      ),
    ).toEqual({ ok: true });
  });

  it("refuses other message types, filters and malformed JSON with a reason", () => {
    expect(parseCatalogRequest('{"@type":"dspace:ContractRequestMessage"}')).toMatchObject({
      ok: false,
      reason: expect.stringContaining("CatalogRequestMessage"),
    });
    expect(parseCatalogRequest('{"@type":"dspace:CatalogRequestMessage","dspace:filter":[{"q":"x"}]}')).toMatchObject({
      ok: false,
      reason: expect.stringContaining("Filter"),
    });
    expect(parseCatalogRequest("{not json")).toMatchObject({ ok: false });
  });
});
