import { AppError } from "@/lib/errors/app-error";
import { problemResponse } from "@/lib/errors/problem";
import { randomUUID } from "node:crypto";

// Unknown API paths answer in problem+json like every other API error, not with an HTML page.
function notFound(request: Request): Response {
  return problemResponse(new AppError("NOT_FOUND", { message: "There is no API endpoint at this path." }), {
    requestId: randomUUID(),
    instance: new URL(request.url).pathname,
  });
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
