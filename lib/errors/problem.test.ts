import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./app-error";
import { problemResponse, toProblem } from "./problem";

describe("toProblem", () => {
  it("maps an AppError to its status, stable code and invalid_params", () => {
    const problem = toProblem(new AppError("INVALID_INPUT", { message: "Bad name", invalidParams: [{ name: "body.name", reason: "too short" }] }), {
      requestId: "req-1",
    });
    expect(problem).toMatchObject({
      status: 400,
      code: "INVALID_INPUT",
      detail: "Bad name",
      requestId: "req-1",
      invalid_params: [{ name: "body.name", reason: "too short" }],
    });
    expect(problem.type).toContain("invalid-input");
  });

  it("turns a zod error into INVALID_INPUT with the offending path", () => {
    const result = z.object({ limit: z.number().max(100) }).safeParse({ limit: 500 });
    expect(result.success).toBe(false);
    const problem = toProblem(result.error, { requestId: "req-2" });
    expect(problem.status).toBe(400);
    expect(problem.invalid_params?.[0]?.name).toBe("limit");
  });

  it("reveals nothing of an unknown error", () => {
    const problem = toProblem(new Error("password=hunter2 at /srv/db.ts:12"), { requestId: "req-3" });
    expect(problem.status).toBe(500);
    expect(problem.code).toBe("INTERNAL");
    expect(JSON.stringify(problem)).not.toContain("hunter2");
    expect(JSON.stringify(problem)).not.toContain("db.ts");
  });

  it("answers 401 with a WWW-Authenticate challenge and the problem media type", async () => {
    const response = problemResponse(new AppError("UNAUTHENTICATED"), { requestId: "req-4" });
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    expect((await response.json()).requestId).toBe("req-4");
  });
});

describe("problemResponse headers", () => {
  it("turns details.retryAfter into a Retry-After header (rate limit and overload alike)", () => {
    for (const code of ["RATE_LIMITED", "OVERLOADED"] as const) {
      const response = problemResponse(new AppError(code, { details: { retryAfter: 2.2 } }), { requestId: "req-5" });
      expect(response.headers.get("retry-after")).toBe("3");
    }
    expect(problemResponse(new AppError("NOT_FOUND"), { requestId: "req-6" }).headers.get("retry-after")).toBeNull();
  });
});
