import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { problemResponse, zodIssuesToInvalidParams } from "@/lib/errors/problem";
import { readBodyText } from "@/lib/http/read-body";
import { logger } from "@/lib/logger";
import type { Actor } from "@/lib/auth/actor";
import { getEnv } from "@/lib/env";
import { getRequestActor } from "@/app/_lib/current-actor";

// The one wrapper of every API route: request id, authentication, zod parsing of params/query/body,
// error mapping to RFC 9457 problem+json. Handlers stay thin and call one lib function.

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export interface ApiContext<P, Q, B> {
  request: Request;
  requestId: string;
  actor: Actor | null;
  params: P;
  query: Q;
  body: B;
}

interface ApiConfig<PS extends Schema | undefined, QS extends Schema | undefined, BS extends Schema | undefined, A extends boolean> {
  /** true: refuse anonymous callers with 401. Authorisation itself is checked in the lib function. */
  auth: A;
  params?: PS;
  query?: QS;
  /** A JSON body parsed and validated; leave out for routes that read the raw body themselves. */
  body?: BS;
  handler: (context: ApiContext<Infer<PS>, Infer<QS>, Infer<BS>> & { actor: A extends true ? Actor : Actor | null }) => Promise<Response | unknown>;
}

type RouteContext = { params: Promise<Record<string, string | string[]>> };

export function withApi<
  PS extends Schema | undefined = undefined,
  QS extends Schema | undefined = undefined,
  BS extends Schema | undefined = undefined,
  A extends boolean = boolean,
>(config: ApiConfig<PS, QS, BS, A>) {
  return async function route(request: Request, routeContext: RouteContext): Promise<Response> {
    const requestId = sanitizeRequestId(request.headers.get("x-request-id")) ?? randomUUID();
    const instance = new URL(request.url).pathname;
    try {
      const actor = await getRequestActor(request);
      if (config.auth && !actor) throw new AppError("UNAUTHENTICATED", { message: "Sign in or send a Bearer token." });
      const params = parseWith(config.params, await routeContext.params, "path");
      const query = parseWith(config.query, Object.fromEntries(new URL(request.url).searchParams), "query");
      const body = config.body ? parseWith(config.body, await readJsonBody(request), "body") : undefined;
      const result = await config.handler({ request, requestId, actor: actor as Actor, params, query, body } as never);
      const response = result instanceof Response ? result : Response.json(result);
      response.headers.set("x-request-id", requestId);
      return response;
    } catch (error) {
      // A client that went away (e.g. the wizard's live lint superseding its own request) is no server error.
      if (request.signal.aborted) logger.debug("api request aborted by the client", { requestId, path: instance });
      else if (!(error instanceof AppError) || error.status >= 500) logger.error("api request failed", { requestId, path: instance, error });
      return problemResponse(error, { requestId, instance });
    }
  };
}

/** Parses one part of a request (query, body, path) as withApi does; for routes that pick a schema by content. */
export function parseWith<S extends Schema | undefined>(schema: S, value: unknown, where: string): Infer<S> {
  if (!schema) return undefined as Infer<S>;
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError("INVALID_INPUT", {
      message: `The request ${where} is not valid.`,
      invalidParams: zodIssuesToInvalidParams(result.error, where),
    });
  }
  return result.data as Infer<S>;
}

async function readJsonBody(request: Request): Promise<unknown> {
  // No body at all: let the schema decide (optional bodies have a default).
  if (request.body === null || request.headers.get("content-length") === "0") return undefined;
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", { message: "Send the body as application/json." });
  }
  const text = await readBodyText(request, { maxBytes: getEnv().DATALOFT_MAX_BODY_BYTES });
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new AppError("BAD_REQUEST", { message: `The body is not valid JSON: ${(cause as Error).message}`, cause });
  }
}

function sanitizeRequestId(value: string | null): string | null {
  return value && /^[A-Za-z0-9._-]{8,128}$/.test(value) ? value : null;
}
