import { EventEmitter } from "node:events";
import type { request as httpsRequest, RequestOptions } from "node:https";
import type { LookupFunction } from "node:net";
import { PassThrough } from "node:stream";

import { describe, expect, it, vi } from "vitest";

import { isAppError } from "@/lib/errors/app-error";

import { createGuardedFetch, type LookupAddresses } from "./create-guarded-fetch";

interface FakeAnswer {
  status?: number;
  headers?: Record<string, string>;
  chunks?: string[];
  /** Never answer (for the timeout test). */
  silent?: boolean;
}

/** A stand-in for https.request that opens no socket; it records options and the address the pinned lookup gave. */
function fakeRequest(answer: FakeAnswer) {
  const calls: Array<{ options: RequestOptions; connectedTo: string | undefined }> = [];
  const fn = vi.fn((options: RequestOptions, onResponse: (response: unknown) => void) => {
    const outgoing = Object.assign(new EventEmitter(), {
      destroyed: false,
      destroy() {
        outgoing.destroyed = true;
      },
      end() {
        const call = { options, connectedTo: undefined as string | undefined };
        calls.push(call);
        // What net.connect does: ask the supplied lookup for the address of the host.
        (options.lookup as LookupFunction)(String(options.host), {}, (_error, address) => {
          call.connectedTo = String(address);
        });
        if (answer.silent) return;
        const response = Object.assign(new PassThrough(), { statusCode: answer.status ?? 200, headers: answer.headers ?? {} });
        setImmediate(() => {
          onResponse(response);
          for (const chunk of answer.chunks ?? []) response.write(chunk);
          response.end();
        });
      },
    });
    return outgoing;
  });
  return { request: fn as unknown as typeof httpsRequest, spy: fn, calls };
}

const publicLookup: LookupAddresses = async () => [{ address: "93.184.216.34", family: 4 }];

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("createGuardedFetch", () => {
  it("fetches over the pinned, vetted address and returns the body", async () => {
    const fake = fakeRequest({ chunks: ['{"id":', '"did:web:example.org"}'], headers: { "content-type": "application/json" } });
    const lookup = vi.fn(publicLookup);
    const fetch = createGuardedFetch({ lookup, request: fake.request });
    const response = await fetch("https://example.org/.well-known/did.json");
    expect(JSON.parse(response.text())).toEqual({ id: "did:web:example.org" });
    expect(response.contentType).toBe("application/json");
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(fake.calls[0]?.connectedTo).toBe("93.184.216.34");
    expect(fake.calls[0]?.options).toMatchObject({ host: "example.org", servername: "example.org", port: 443, path: "/.well-known/did.json" });
  });

  it.each([
    "https://127.0.0.1/did.json",
    "https://10.0.0.1/",
    "https://[::1]/",
    "https://[::ffff:7f00:1]/",
    "https://2130706433/",
    "https://0x7f.0.0.1/",
    "https://0177.0.0.1/",
    "https://017700000001/",
    "https://localhost/",
    "https://LOCALHOST./",
    "https://api.localhost/",
    "http://example.org/",
    "file:///etc/passwd",
    "https://user:secret@example.org/",
  ])("refuses %s before any lookup or connection", async (url) => {
    const fake = fakeRequest({});
    const lookup = vi.fn(publicLookup);
    const error = await refusal(createGuardedFetch({ lookup, request: fake.request })(url));
    expect(error.code).toBe("INVALID_INPUT");
    expect(lookup).not.toHaveBeenCalled();
    expect(fake.spy).not.toHaveBeenCalled();
  });

  it.each([
    [[{ address: "10.0.0.1", family: 4 }]],
    [[{ address: "::ffff:127.0.0.1", family: 6 }]],
    [
      [
        { address: "93.184.216.34", family: 4 },
        { address: "169.254.169.254", family: 4 },
      ],
    ],
    [
      [
        { address: "2606:4700::1111", family: 6 },
        { address: "fd00::1", family: 6 },
      ],
    ],
  ])("refuses a name resolving to %j without connecting", async (addresses) => {
    const fake = fakeRequest({});
    const fetch = createGuardedFetch({ lookup: async () => addresses, request: fake.request });
    const error = await refusal(fetch("https://rebind.example/"));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toMatch(/resolves to/);
    expect(fake.spy).not.toHaveBeenCalled();
  });

  it("enforces the allow-list", async () => {
    const fake = fakeRequest({ chunks: ["{}"] });
    const fetch = createGuardedFetch({ allowHosts: ["registry.gaia-x.eu"], lookup: publicLookup, request: fake.request });
    expect((await refusal(fetch("https://example.org/"))).code).toBe("INVALID_INPUT");
    await expect(fetch("https://registry.gaia-x.eu/x")).resolves.toMatchObject({ status: 200 });
  });

  it("treats a redirect as an error", async () => {
    const fake = fakeRequest({ status: 302, headers: { location: "https://127.0.0.1/" } });
    const error = await refusal(createGuardedFetch({ lookup: publicLookup, request: fake.request })("https://example.org/"));
    expect(error.code).toBe("UPSTREAM_FAILED");
    expect(error.message).toMatch(/redirects are not followed/);
    expect(fake.spy).toHaveBeenCalledTimes(1);
  });

  it("reports a non-2xx status", async () => {
    const fake = fakeRequest({ status: 404 });
    const error = await refusal(createGuardedFetch({ lookup: publicLookup, request: fake.request })("https://example.org/"));
    expect(error.details).toMatchObject({ status: 404 });
  });

  it("stops reading past maxBytes, declared or streamed", async () => {
    const streamed = fakeRequest({ chunks: ["x".repeat(60), "y".repeat(60)] });
    const streamedError = await refusal(createGuardedFetch({ maxBytes: 100, lookup: publicLookup, request: streamed.request })("https://example.org/"));
    expect(streamedError.message).toMatch(/exceeds 100 bytes/);
    const declared = fakeRequest({ headers: { "content-length": "5000" }, chunks: ["{}"] });
    const declaredError = await refusal(createGuardedFetch({ maxBytes: 100, lookup: publicLookup, request: declared.request })("https://example.org/"));
    expect(declaredError.message).toMatch(/5000 bytes exceeds 100/);
  });

  it("times out a silent server and a slow lookup", async () => {
    const silent = fakeRequest({ silent: true });
    const error = await refusal(createGuardedFetch({ timeoutMs: 30, lookup: publicLookup, request: silent.request })("https://example.org/"));
    expect(error.code).toBe("TIMEOUT");
    const slowLookup: LookupAddresses = () => new Promise(() => undefined);
    const lookupError = await refusal(createGuardedFetch({ timeoutMs: 30, lookup: slowLookup, request: silent.request })("https://example.org/"));
    expect(lookupError.code).toBe("TIMEOUT");
  });
});

describe("createGuardedFetch with operator-listed private hosts (federation peers in a closed network)", () => {
  async function loopbackServer(body: string) {
    const { createServer } = await import("node:http");
    const seen: { authorization?: string }[] = [];
    const server = createServer((request, response) => {
      seen.push({ authorization: request.headers.authorization });
      response.setHeader("content-type", "application/json");
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    return { port, seen, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  }

  it("reaches a listed private host over http with the given headers", async () => {
    const server = await loopbackServer('{"ok":true}');
    try {
      const fetch = createGuardedFetch({ allowHosts: ["127.0.0.1"], privateHosts: ["127.0.0.1"] });
      const response = await fetch(`http://127.0.0.1:${server.port}/feed`, { headers: { authorization: "Bearer peer-token" } });
      expect(response.text()).toBe('{"ok":true}');
      expect(server.seen).toEqual([{ authorization: "Bearer peer-token" }]);
    } finally {
      await server.close();
    }
  });

  it("still refuses http, loopback and unlisted hosts when the host is not listed as private", async () => {
    const server = await loopbackServer("{}");
    try {
      const listedElsewhere = createGuardedFetch({ allowHosts: ["127.0.0.1", "localhost"], privateHosts: ["peer.internal"] });
      expect((await refusal(listedElsewhere(`http://127.0.0.1:${server.port}/`))).message).toMatch(/only https/);
      expect((await refusal(listedElsewhere(`https://127.0.0.1:${server.port}/`))).message).toMatch(/IP address literals/);
      expect((await refusal(listedElsewhere(`https://localhost:${server.port}/`))).message).toMatch(/localhost is not allowed/);
      const notAllowed = createGuardedFetch({ allowHosts: ["peer.internal"], privateHosts: ["127.0.0.1"] });
      expect((await refusal(notAllowed(`http://127.0.0.1:${server.port}/`))).message).toMatch(/not in the allow-list/);
      expect(server.seen).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe("createGuardedFetch POST", () => {
  it("sends the body with its length through the same guard, and still refuses a loopback target", async () => {
    const { createServer } = await import("node:http");
    const received: { method?: string; length?: string; type?: string; body: string }[] = [];
    const server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        received.push({ method: request.method, length: request.headers["content-length"], type: request.headers["content-type"], body });
        response.writeHead(200, { "content-type": "application/json" });
        response.end("{}");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const body = JSON.stringify({ "@type": "dspace:ContractOfferMessage", note: "Blutdruck über Zeit" });
      const fetch = createGuardedFetch({ allowHosts: ["127.0.0.1"], privateHosts: ["127.0.0.1"] });
      expect((await fetch(`http://127.0.0.1:${port}/callback`, { method: "POST", body, headers: { "content-type": "application/json" } })).status).toBe(200);
      expect(received).toEqual([{ method: "POST", length: String(Buffer.byteLength(body)), type: "application/json", body }]);
      expect((await refusal(createGuardedFetch()(`http://127.0.0.1:${port}/callback`, { method: "POST", body }))).message).toMatch(/only https/);
      expect(received).toHaveLength(1);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
