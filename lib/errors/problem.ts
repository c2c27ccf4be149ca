import { ZodError } from "zod";
import { AppError, APP_ERROR_CODES, type AppErrorCode, type InvalidParam } from "./app-error";

// RFC 9457 problem details. Unknown errors become a generic 500: their detail goes to the log only.

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: AppErrorCode;
  requestId: string;
  instance?: string;
  invalid_params?: InvalidParam[];
  [extension: string]: unknown;
}

const TITLES: Record<AppErrorCode, string> = {
  BAD_REQUEST: "Bad request",
  INVALID_INPUT: "Invalid input",
  UNSUPPORTED_MEDIA_TYPE: "Unsupported media type",
  PAYLOAD_TOO_LARGE: "Payload too large",
  UNAUTHENTICATED: "Authentication required",
  FORBIDDEN: "Forbidden",
  NOT_FOUND: "Not found",
  METHOD_NOT_ALLOWED: "Method not allowed",
  CONFLICT: "Conflict",
  IDEMPOTENCY_CONFLICT: "A request with this idempotency key is in progress",
  IDEMPOTENCY_MISMATCH: "Idempotency key reused with another request",
  UNPROCESSABLE: "Unprocessable content",
  VERIFICATION_FAILED: "Verification failed",
  VALIDATION_FAILED: "Validation failed",
  UNKNOWN_CONTEXT: "Unknown JSON-LD context",
  JSONLD_SAFE_MODE: "JSON-LD safe mode violation",
  DID_UNRESOLVABLE: "DID could not be resolved",
  UNSUPPORTED_FORMAT: "Unsupported credential format",
  DOCUMENT_TOO_COMPLEX: "Document too complex to check",
  CHECK_TOO_COSTLY: "Check too costly",
  RATE_LIMITED: "Too many requests",
  UPSTREAM_FAILED: "Upstream failure",
  OVERLOADED: "Too busy to check now",
  TIMEOUT: "Timed out",
  INTERNAL: "Internal server error",
};

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export function problemType(code: AppErrorCode): string {
  return `https://dataloft.example/problems/${code.toLowerCase().replaceAll("_", "-")}`;
}

export function zodIssuesToInvalidParams(error: ZodError, prefix?: string): InvalidParam[] {
  return error.issues.map((issue) => ({
    name: [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(root)",
    reason: issue.message,
  }));
}

export function toProblem(error: unknown, options: { requestId: string; instance?: string }): ProblemDocument {
  const appError =
    error instanceof AppError
      ? error
      : error instanceof ZodError
        ? new AppError("INVALID_INPUT", { message: "The request does not match the expected shape.", invalidParams: zodIssuesToInvalidParams(error) })
        : new AppError("INTERNAL", { message: "Something went wrong on our side. Quote the request id when you report it." });
  const problem: ProblemDocument = {
    ...(appError.details ?? {}),
    type: problemType(appError.code),
    title: TITLES[appError.code],
    status: APP_ERROR_CODES[appError.code],
    detail: appError.message,
    code: appError.code,
    requestId: options.requestId,
  };
  if (options.instance) problem.instance = options.instance;
  if (appError.invalidParams?.length) problem.invalid_params = appError.invalidParams;
  return problem;
}

export function problemResponse(error: unknown, options: { requestId: string; instance?: string; headers?: HeadersInit }): Response {
  const problem = toProblem(error, options);
  const headers = new Headers(options.headers);
  headers.set("content-type", PROBLEM_CONTENT_TYPE);
  headers.set("x-request-id", options.requestId);
  if (problem.status === 401) headers.set("www-authenticate", 'Bearer realm="dataloft"');
  // RATE_LIMITED and OVERLOADED carry their wait in seconds; clients and proxies read it as Retry-After.
  if (typeof problem.retryAfter === "number" && Number.isFinite(problem.retryAfter))
    headers.set("retry-after", String(Math.max(1, Math.ceil(problem.retryAfter))));
  return new Response(JSON.stringify(problem), { status: problem.status, headers });
}
