import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createPinnedLookup } from "./create-pinned-lookup";

// Proves that node really connects where the pinned lookup says, without asking DNS: the host name
// below does not exist, and the only socket opened is to this test's own loopback server.
describe("createPinnedLookup", () => {
  let server: Server;
  let port: number;
  const seenHosts: string[] = [];

  beforeAll(async () => {
    server = createServer((incoming, response) => {
      seenHosts.push(String(incoming.headers.host));
      response.end("pinned");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it.each([false, true])("routes a request for an unresolvable name to the pinned address (autoSelectFamily %s)", async (autoSelectFamily) => {
    const body = await new Promise<string>((resolve, reject) => {
      // autoSelectFamily (happy eyeballs) makes node call lookup with `all: true`; @types/node 20 lacks it.
      const options = {
        host: "did-host.invalid",
        port,
        path: "/",
        agent: false,
        autoSelectFamily,
        lookup: createPinnedLookup({ address: "127.0.0.1", family: 4 }),
      };
      const outgoing = request(options, (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () => resolve(text));
      });
      outgoing.on("error", reject);
      outgoing.end();
    });
    expect(body).toBe("pinned");
    expect(seenHosts.at(-1)).toBe(`did-host.invalid:${port}`);
  });
});
