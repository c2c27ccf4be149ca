import { describe, expect, it, vi } from "vitest";
import { testDatabaseTargets } from "@/test/support/test-databases";
import { withTestDatabase } from "@/test/support/with-test-database";
import { signUpParticipant } from "@/lib/participants/sign-up-participant";
import { loadUserActor } from "@/lib/auth/load-actor";
import { createApiToken } from "@/lib/auth/create-api-token";
import { waitForRevalidation } from "@/lib/schemas/start-revalidation";
import { GET as listSchemas, POST as postSchema } from "./route";
import { POST as activate } from "./[id]/activate/route";
import { POST as retire } from "./[id]/retire/route";
import { GET as getRun } from "../revalidations/[id]/route";

// The thin handlers through the real wrapper: Bearer authentication, zod, problem+json. Only the
// cookie session (Auth.js, which needs the Next runtime) is replaced: these requests carry Bearer tokens.
vi.mock("@/app/auth", () => ({ auth: async () => null }));

const ADMIN_TOKEN = "schema-admin-token-".padEnd(40, "x");
process.env.DATALOFT_ADMIN_TOKEN ??= ADMIN_TOKEN;

const SHAPES = `@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix dcat: <http://www.w3.org/ns/dcat#> .
<https://example.org/shapes#Any> a sh:NodeShape ; sh:targetClass dcat:Dataset .
`;

function request(path: string, token: string, body?: unknown): Request {
  return new Request(`http://localhost:3000${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const noParams = { params: Promise.resolve({}) };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

describe.each(testDatabaseTargets())("schemas API on $name", (target) => {
  const database = withTestDatabase(target);
  const adminToken = () => process.env.DATALOFT_ADMIN_TOKEN ?? ADMIN_TOKEN;

  it("uploads, lists, activates and retires through the handlers, and reports run progress", async () => {
    const created = await postSchema(
      request("/api/v1/schemas", adminToken(), { name: "any", version: "1", format: "turtle", profile: "dcat-ap-3.0.0", content: SHAPES }),
      noParams,
    );
    expect(created.status).toBe(201);
    const schema = (await created.json()) as { id: string; status: string; nodeShapeCount: number };
    expect(schema).toMatchObject({ status: "DRAFT", nodeShapeCount: 1 });

    const listed = (await (await listSchemas(request("/api/v1/schemas?status=DRAFT", adminToken()), noParams)).json()) as { items: { id: string }[] };
    expect(listed.items.map((item) => item.id)).toEqual([schema.id]);

    const activated = await activate(request(`/api/v1/schemas/${schema.id}/activate`, adminToken(), {}), withId(schema.id));
    expect(activated.status).toBe(202);
    const { revalidationRunId } = (await activated.json()) as { revalidationRunId: string };
    await waitForRevalidation({ runId: revalidationRunId });
    const run = await getRun(request(`/api/v1/revalidations/${revalidationRunId}`, adminToken()), withId(revalidationRunId));
    expect(await run.json()).toMatchObject({ id: revalidationRunId, status: "DONE", total: 0, processed: 0, failed: 0 });

    const retired = await retire(request(`/api/v1/schemas/${schema.id}/retire`, adminToken(), {}), withId(schema.id));
    const retiredBody = (await retired.json()) as { schema: { status: string }; revalidationRunId: string };
    expect(retiredBody.schema.status).toBe("RETIRED");
    await waitForRevalidation({ runId: retiredBody.revalidationRunId });
  });

  it("answers a malformed upload with problem+json naming line and column, and stores nothing", async () => {
    const response = await postSchema(
      request("/api/v1/schemas", adminToken(), {
        name: "broken",
        version: "1",
        format: "turtle",
        profile: "dcat-ap-3.0.0",
        content: SHAPES.replace("sh:targetClass dcat:Dataset", "sh:targetClass"),
      }),
      noParams,
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({
      code: "INVALID_INPUT",
      invalid_params: [{ name: "body.content", reason: expect.stringMatching(/^line 3, column \d+: /) }],
    });
    expect(await database.current().prisma.schema.count()).toBe(0);
  });

  it("refuses a participant's API token with 403 on every endpoint", async () => {
    const { participant, user } = await signUpParticipant({
      input: { legalName: "Token AG", name: "T", email: "t@t.test", password: "a long enough password" },
      publicUrl: "http://localhost:3000",
    });
    const { secret } = await createApiToken({
      actor: await loadUserActor({ userId: user.id }),
      participantId: participant.id,
      input: { name: "ci", role: "PARTICIPANT_ADMIN" },
    });
    const responses = [
      await listSchemas(request("/api/v1/schemas", secret), noParams),
      await postSchema(request("/api/v1/schemas", secret, { name: "x", version: "1", format: "turtle", profile: "dcat-ap-3.0.0", content: SHAPES }), noParams),
      await activate(request("/api/v1/schemas/abc/activate", secret, {}), withId("abc")),
      await retire(request("/api/v1/schemas/abc/retire", secret, {}), withId("abc")),
      await getRun(request("/api/v1/revalidations/abc", secret), withId("abc")),
    ];
    expect(responses.map((response) => response.status)).toEqual([403, 403, 403, 403, 403]);
    const anonymous = await listSchemas(new Request("http://localhost:3000/api/v1/schemas"), noParams);
    expect(anonymous.status).toBe(401);
    expect(await database.current().prisma.schema.count()).toBe(0);
  });
});
