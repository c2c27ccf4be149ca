import { describe, expect, it, vi } from "vitest";

import type { DidDocument } from "@/lib/credentials/types";
import { createGuardedFetch, type GuardedFetch, type LookupAddresses } from "@/lib/net/create-guarded-fetch";

import { convertDidWebToUrl } from "./convert-did-web-to-url";
import { createDidResolver } from "./create-did-resolver";

const documentOf = (did: string): DidDocument => ({ id: did, verificationMethod: [] });

function fakeHttps(documents: Record<string, unknown>) {
  const fetch = vi.fn<GuardedFetch>(async (url) => {
    if (!(url in documents)) throw new Error(`unexpected ${url}`);
    const body = new TextEncoder().encode(JSON.stringify(documents[url]));
    return { url, status: 200, contentType: "application/json", body, text: () => new TextDecoder().decode(body) };
  });
  return fetch;
}

describe("convertDidWebToUrl", () => {
  it.each([
    ["did:web:example.org", "https://example.org/.well-known/did.json"],
    ["did:web:w3c-ccg.github.io:user:alice", "https://w3c-ccg.github.io/user/alice/did.json"],
    ["did:web:localhost%3A3000:participants:charite", "https://localhost:3000/participants/charite/did.json"],
    ["did:web:Example.ORG", "https://example.org/.well-known/did.json"],
  ])("%s -> %s", (did, url) => {
    expect(convertDidWebToUrl({ did })).toBe(url);
  });

  it.each(["did:web:example.org:..:x", "did:web:example.org:a%2Fb", "did:web:exa%20mple.org", "did:web:example.org:%ZZ", "did:web:user@host"])(
    "refuses %s",
    (did) => {
      expect(() => convertDidWebToUrl({ did })).toThrow(expect.objectContaining({ code: "DID_UNRESOLVABLE" }));
    },
  );
});

describe("createDidResolver did:web", () => {
  const did = "did:web:example.org:participants:a";

  it("asks hosted, then pinned, and never the network when no https fetcher is given", async () => {
    const hosted = vi.fn(async (asked: string) => (asked === did ? documentOf(did) : null));
    const pinned = vi.fn(async (asked: string) => (asked === "did:web:pinned.example" ? documentOf(asked) : null));
    const resolver = createDidResolver({ hosted, pinned });
    await expect(resolver.resolve(did)).resolves.toMatchObject({ source: "hosted" });
    expect(pinned).not.toHaveBeenCalled();
    await expect(resolver.resolve("did:web:pinned.example")).resolves.toMatchObject({ source: "pinned" });
    await expect(resolver.resolve("did:web:elsewhere.example")).rejects.toMatchObject({
      code: "DID_UNRESOLVABLE",
      message: expect.stringMatching(/HTTPS is not enabled/),
    });
  });

  it("refuses a hosted or pinned document for another DID", async () => {
    const resolver = createDidResolver({ pinned: async () => documentOf("did:web:other.example") });
    await expect(resolver.resolve(did)).rejects.toMatchObject({ code: "DID_UNRESOLVABLE" });
  });

  it("fetches over https, checks the id and caches with a TTL", async () => {
    let now = Date.parse("2026-11-29T00:00:00Z");
    const https = fakeHttps({ "https://example.org/participants/a/did.json": documentOf(did) });
    const resolver = createDidResolver({ https, clock: { now: () => new Date(now) }, cache: { ttlMs: 60_000 } });
    await expect(resolver.resolve(did)).resolves.toMatchObject({ source: "https", document: { id: did } });
    await resolver.resolve(did);
    expect(https).toHaveBeenCalledTimes(1);
    now += 61_000;
    await resolver.resolve(did);
    expect(https).toHaveBeenCalledTimes(2);
  });

  it("evicts the least recently used entry beyond maxEntries", async () => {
    const dids = ["did:web:a.example", "did:web:b.example", "did:web:c.example"];
    const https = fakeHttps(Object.fromEntries(dids.map((d) => [convertDidWebToUrl({ did: d }), documentOf(d)])));
    const resolver = createDidResolver({ https, cache: { maxEntries: 2 } });
    for (const d of dids) await resolver.resolve(d);
    await resolver.resolve(dids[2] as string);
    expect(https).toHaveBeenCalledTimes(3);
    await resolver.resolve(dids[0] as string);
    expect(https).toHaveBeenCalledTimes(4);
  });

  it("refuses a fetched document that names another DID", async () => {
    const https = fakeHttps({ "https://example.org/.well-known/did.json": documentOf("did:web:evil.example") });
    await expect(createDidResolver({ https }).resolve("did:web:example.org")).rejects.toMatchObject({
      code: "DID_UNRESOLVABLE",
      message: expect.stringMatching(/not did:web:example.org/),
    });
  });

  it.each([
    ["did:web:127.0.0.1", null],
    ["did:web:10.0.0.1", null],
    ["did:web:localhost", null],
    ["did:web:localhost%3A8443", null],
    ["did:web:2130706433", null],
    ["did:web:internal.example", "10.0.0.1"],
    ["did:web:mapped.example", "::ffff:127.0.0.1"],
  ])("refuses %s (resolving to %s) without opening a connection", async (target, address) => {
    const lookup = vi.fn<LookupAddresses>(async () => [{ address: address ?? "93.184.216.34", family: address?.includes(":") ? 6 : 4 }]);
    const request = vi.fn(() => {
      throw new Error("a connection was attempted");
    });
    const https = createGuardedFetch({ lookup, request: request as never });
    const error = await createDidResolver({ https })
      .resolve(target)
      .then(
        () => null,
        (caught: unknown) => caught,
      );
    expect(error).toMatchObject({ code: "DID_UNRESOLVABLE", message: expect.stringMatching(/Refused/) });
    expect(request).not.toHaveBeenCalled();
    expect(lookup).toHaveBeenCalledTimes(address ? 1 : 0);
  });
});
