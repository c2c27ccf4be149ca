import { expect, test, type APIResponse } from "@playwright/test";
import { createOrganisation, healthDataset, type TestOrganisation } from "./organisation-fixture";

// Every hostile publish gets a clear 4xx problem+json and stores nothing.

let a: TestOrganisation;
let b: TestOrganisation;
let baseURL: string;

test.beforeAll(async ({ browser }, info) => {
  baseURL = String(info.project.use.baseURL);
  a = await createOrganisation(browser, baseURL, "Hostile Test A");
  b = await createOrganisation(browser, baseURL, "Hostile Test B");
});

test.afterAll(async () => {
  await a?.api.dispose();
  await b?.api.dispose();
});

async function total(): Promise<number> {
  return (await (await a.api.get("/api/v1/self-descriptions?status=all&limit=1")).json()).total;
}

async function expectProblem(response: APIResponse, status: number, code: string | RegExp) {
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  const problem = await response.json();
  expect(problem.code).toMatch(code);
  expect(problem.requestId).toBeTruthy();
  return problem;
}

async function sign(org: TestOrganisation, document: object, format = "eddsa-rdfc-2022") {
  const response = await org.api.post(`/api/v1/participants/${org.slug}/sign?format=${format}`, { data: document });
  expect(response.status()).toBe(200);
  return format === "vc-jwt" ? response.text() : response.json();
}

const publish = (org: TestOrganisation, body: string, contentType = "application/ld+json", headers: Record<string, string> = {}) =>
  org.api.post("/api/v1/self-descriptions", { data: body, headers: { "content-type": contentType, ...headers } });

test("malformed bodies are refused before any processing", async () => {
  const before = await total();
  await expectProblem(await publish(a, "x".repeat(1024 * 1024 + 10)), 413, "PAYLOAD_TOO_LARGE");
  const chunked = await fetch(`${baseURL}/api/v1/self-descriptions`, {
    method: "POST",
    headers: { authorization: `Bearer ${a.token}`, "content-type": "application/ld+json" },
    body: new ReadableStream({
      start(controller) {
        for (let i = 0; i < 40; i += 1) controller.enqueue(new TextEncoder().encode("y".repeat(32 * 1024)));
        controller.close();
      },
    }),
    duplex: "half",
  } as RequestInit);
  expect(chunked.status).toBe(413);
  expect((await chunked.json()).code).toBe("PAYLOAD_TOO_LARGE");
  await expectProblem(await publish(a, "{}", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE");
  await expectProblem(await publish(a, "[".repeat(5000) + "]".repeat(5000)), 400, "INVALID_INPUT");
  const duplicate = await expectProblem(await publish(a, '{"type":["VerifiableCredential"],"issuer":"x","issuer":"y"}'), 400, "INVALID_INPUT");
  expect(duplicate.invalid_params[0].name).toBe("$.issuer");
  await expectProblem(await publish(a, '{"type":["VerifiableCredential"],"__proto__":{"admin":true}}'), 400, "INVALID_INPUT");
  expect(await total()).toBe(before);
});

test("credentials with unknown, remote, redefining or undefined JSON-LD are refused", async () => {
  const before = await total();
  for (const url of ["http://example.org/ctx", "https://example.org/ctx.jsonld", "file:///etc/passwd", "http://169.254.169.254/latest/meta-data"]) {
    const document = { ...healthDataset("Remote"), "@context": ["https://www.w3.org/ns/credentials/v2", url] };
    const problem = await expectProblem(
      await publish(a, JSON.stringify({ ...document, issuer: a.did, proof: { type: "DataIntegrityProof" } })),
      422,
      "VERIFICATION_FAILED",
    );
    expect(JSON.stringify(problem)).toContain(url);
  }
  const redefining = { ...healthDataset("Redefining"), "@context": ["https://www.w3.org/ns/credentials/v2", { issuer: "https://evil.example/issuer" }] };
  await expectProblem(await publish(a, JSON.stringify({ ...redefining, issuer: a.did, proof: { type: "DataIntegrityProof" } })), 422, "VERIFICATION_FAILED");
  const undefinedTerm = healthDataset("Undefined term");
  (undefinedTerm.credentialSubject as Record<string, unknown>).notDefinedAnywhere = "dropped silently elsewhere";
  // Not even signable: the signer runs JSON-LD safe mode and names the term it would drop.
  const refused = await expectProblem(await a.api.post(`/api/v1/participants/${a.slug}/sign`, { data: undefinedTerm }), 422, "JSONLD_SAFE_MODE");
  expect(refused.detail).toContain("notDefinedAnywhere");
  expect(await total()).toBe(before);
});

test("unsigned, tampered, copied, foreign-key and expired credentials are refused with the failed check named", async () => {
  const before = await total();
  const unsigned = { ...healthDataset("No proof"), issuer: a.did };
  const noProof = await expectProblem(await publish(a, JSON.stringify(unsigned)), 422, "VERIFICATION_FAILED");
  expect(JSON.stringify(noProof.verification.checks)).toContain("proof.present");

  const signed = await sign(a, healthDataset("Honest"));
  const changed = structuredClone(signed);
  changed.credentialSubject["dct:title"] = "Changed after signing";
  expect(JSON.stringify((await expectProblem(await publish(a, JSON.stringify(changed)), 422, "VERIFICATION_FAILED")).verification.checks)).toMatch(
    /"proof.signature","passed":false/,
  );

  const other = await sign(a, healthDataset("Other credential"));
  const copied = { ...other, proof: signed.proof };
  expect(JSON.stringify((await expectProblem(await publish(a, JSON.stringify(copied)), 422, "VERIFICATION_FAILED")).verification.checks)).toMatch(
    /"proof.signature","passed":false/,
  );

  const signedByB = await sign(b, healthDataset("Signed by B"));
  const claimedByA = { ...signedByB, issuer: a.did };
  await expectProblem(await publish(a, JSON.stringify(claimedByA)), 422, "VERIFICATION_FAILED");

  const expired = await sign(a, healthDataset("Expired", { validFrom: "2020-01-01T00:00:00Z", validUntil: "2021-01-01T00:00:00Z" }));
  expect(JSON.stringify((await expectProblem(await publish(a, JSON.stringify(expired)), 422, "VERIFICATION_FAILED")).verification.checks)).toContain(
    "validity",
  );
  expect(await total()).toBe(before);
});

test("the canonicalization poison graph (a clique of blank nodes) is refused with the work limit named, and nothing is stored", async () => {
  const before = await total();
  const signed = await sign(a, healthDataset("Poison carrier"));
  // RDFC-1.0's worst case: every blank node linked to every other, so no node can be told apart cheaply.
  const size = 12;
  const link = (from: number) =>
    Array.from({ length: size }, (_, to) => to)
      .filter((to) => to !== from)
      .map((to) => ({ "@id": `_:b${to}` }));
  const nodes = Array.from({ length: size }, (_, index) => ({ "@id": `_:b${index}`, "https://example.org/poison#linked": link(index) }));
  const poisoned = { ...signed, credentialSubject: { ...nodes[0], "https://example.org/poison#all": nodes.slice(1) } };
  const started = Date.now();
  const problem = await expectProblem(await publish(a, JSON.stringify(poisoned)), 422, /VERIFICATION_FAILED|UNPROCESSABLE|INVALID_INPUT/);
  expect(JSON.stringify(problem)).toMatch(/"proof.signature","passed":false,"message":"[^"]*Maximum deep iterations exceeded/);
  test.info().annotations.push({ type: "answered in", description: `${Date.now() - started} ms` });
  expect(await total()).toBe(before);
});

test("JWTs with alg none or HS256 are refused", async () => {
  const before = await total();
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const payload = part({ ...healthDataset("JWT"), issuer: a.did });
  for (const alg of ["none", "HS256"]) {
    const jwt = `${part({ alg, typ: "vc+jwt", kid: `${a.did}#key-2` })}.${payload}.${alg === "none" ? "" : "c2lnbmF0dXJl"}`;
    const problem = await expectProblem(await publish(a, jwt, "application/vc+jwt"), 422, /UNSUPPORTED_FORMAT|VERIFICATION_FAILED/);
    expect(JSON.stringify(problem)).toContain(alg);
  }
  expect(await total()).toBe(before);
});

test("another organisation's token cannot publish as A, and an Idempotency-Key follows the IETF draft", async () => {
  const signedByA = JSON.stringify(await sign(a, healthDataset("Belongs to A")));
  await expectProblem(await publish(b, signedByA), 403, "FORBIDDEN");

  // A refused body does not consume the key: the corrected document is processed with it.
  const key = `key-${Date.now()}`;
  const tampered = JSON.stringify({ ...JSON.parse(signedByA), name: "changed after signing" });
  await expectProblem(await publish(a, tampered, "application/ld+json", { "idempotency-key": key }), 422, "VERIFICATION_FAILED");
  const first = await publish(a, signedByA, "application/ld+json", { "idempotency-key": key });
  expect(first.status()).toBe(201);
  // The same key and body replay the stored answer; another body with it is refused with 422.
  const replay = await publish(a, signedByA, "application/ld+json", { "idempotency-key": key });
  expect(replay.status()).toBe(201);
  expect(replay.headers()["idempotent-replayed"]).toBe("true");
  expect(await replay.json()).toEqual(await first.json());
  const different = JSON.stringify(await sign(a, healthDataset("Another body")));
  const before = await total();
  await expectProblem(await publish(a, different, "application/ld+json", { "idempotency-key": key }), 422, "IDEMPOTENCY_MISMATCH");
  expect(await total()).toBe(before);
});

test("script markup in a name is stored as written and shown as text", async ({ page }) => {
  const title = `<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true"> Registry ${Date.now()}`;
  const response = await publish(a, JSON.stringify(await sign(a, healthDataset(title))));
  expect(response.status()).toBe(201);
  const { hash } = await response.json();
  await page.goto(`/catalogue/${hash}`);
  await expect(page.getByTestId("entry-title")).toHaveText(title);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
});
