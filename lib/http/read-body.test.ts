import { describe, expect, it } from "vitest";
import { readBodyText } from "./read-body";

function streamed(text: string): Request {
  const bytes = new TextEncoder().encode(text);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += 10) controller.enqueue(bytes.slice(i, i + 10));
      controller.close();
    },
  });
  return new Request("http://localhost/x", { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("readBodyText", () => {
  it("reads a body under the limit", async () => {
    expect(await readBodyText(streamed("hello world"), { maxBytes: 100 })).toBe("hello world");
  });

  it("refuses a declared Content-Length over the limit before reading", async () => {
    const request = new Request("http://localhost/x", { method: "POST", body: "x".repeat(50), headers: { "content-length": "50" } });
    await expect(readBodyText(request, { maxBytes: 10 })).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });

  it("refuses a streamed body without Content-Length once it passes the limit", async () => {
    await expect(readBodyText(streamed("y".repeat(64)), { maxBytes: 32 })).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });

  it("refuses bytes that are not UTF-8", async () => {
    const request = new Request("http://localhost/x", { method: "POST", body: new Uint8Array([0xff, 0xfe, 0x00]) });
    await expect(readBodyText(request, { maxBytes: 100 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
