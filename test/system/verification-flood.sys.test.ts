import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { heavyCredential } from "@/test/support/heavy-credential";
import { runVerificationFlood } from "@/test/support/verification-flood";
import { startInstance, type Instance } from "./start-instance";

// Bounded work under a flood (issue 13, part 4): anonymous checks of the heaviest documents the caps
// let through are each answered (checked, refused as too costly, or refused as busy with Retry-After)
// within the deadline plus a second, and searches keep answering meanwhile.

const ADMIN_TOKEN = "flood-system-admin-token-0123456789abcdef";
const PORT = Number(process.env.SYSTEM_PORT_FLOOD ?? 3316);
const DEADLINE_MS = 2000;

describe("an anonymous verification flood", () => {
  let node: Instance;

  beforeAll(async () => {
    node = await startInstance({ port: PORT, adminToken: ADMIN_TOKEN, seedDemo: true, env: { DATALOFT_CHECK_DEADLINE_MS: String(DEADLINE_MS) } });
    // Start the check workers (the pool is created on first use) before the clock matters.
    const warm = await fetch(`${node.baseUrl}/api/v1/verification`, {
      method: "POST",
      headers: { "content-type": "application/ld+json" },
      body: JSON.stringify(heavyCredential({ blankNodes: 20, seed: "warm" })),
    });
    expect(warm.status).toBe(200);
  }, 240_000);

  afterAll(async () => {
    await node?.stop();
  }, 60_000);

  it("answers every request within deadline + 1 s while searches keep answering", async () => {
    const result = await runVerificationFlood({ baseUrl: node.baseUrl, parallel: 8 });
    console.log(
      `flood: ${result.answers.map((answer) => `${answer.status}${answer.code ? ` ${answer.code}` : ""} in ${Math.round(answer.ms)} ms`).join(", ")}; ` +
        `${result.searches.length} searches, p50 ${Math.round(result.searchP50)} ms, p95 ${Math.round(result.searchP95)} ms`,
    );
    expect(result.answers).toHaveLength(8);
    for (const answer of result.answers) {
      expect([200, 413, 422, 503]).toContain(answer.status);
      expect(answer.ms).toBeLessThan(DEADLINE_MS + 1000);
      if (answer.status === 503) {
        expect(answer.code).toBe("OVERLOADED");
        expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
      }
    }
    // The budget refused some of the eight at once rather than queueing them all.
    expect(result.answers.some((answer) => answer.status === 503)).toBe(true);
    expect(result.searches.every((search) => search.status === 200)).toBe(true);
  });

  it("refuses a document over the blank-node cap at once, naming the cap, its limit and the value", async () => {
    const response = await fetch(`${node.baseUrl}/api/v1/verification`, {
      method: "POST",
      headers: { "content-type": "application/ld+json" },
      body: JSON.stringify(heavyCredential({ blankNodes: 15_000, seed: "over" })),
    });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ code: "DOCUMENT_TOO_COMPLEX", cap: "maxBlankNodes", limit: 1000 });
  });

  it("runs lint under the same caps", async () => {
    const response = await fetch(`${node.baseUrl}/api/v1/validation/lint`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ credential: heavyCredential({ blankNodes: 5_000, seed: "lint" }) }),
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ code: "DOCUMENT_TOO_COMPLEX", cap: "maxBlankNodes" });
  });
});
