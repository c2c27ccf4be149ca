import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors/app-error";
import { problemResponse } from "@/lib/errors/problem";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
type Handler = (request: Request) => Promise<Response>;

/**
 * Handlers for the methods a route does not support, so that a wrong method gets a problem+json 405
 * with an Allow header instead of Next.js's empty 405.
 */
export function methodsNotAllowed(allowed: Method[]): Record<Method, Handler> {
  const handler: Handler = async (request) =>
    problemResponse(new AppError("METHOD_NOT_ALLOWED", { message: `Use ${allowed.join(" or ")} on this endpoint.` }), {
      requestId: randomUUID(),
      instance: new URL(request.url).pathname,
      headers: { allow: allowed.join(", ") },
    });
  return Object.fromEntries(METHODS.map((method) => [method, handler])) as Record<Method, Handler>;
}
