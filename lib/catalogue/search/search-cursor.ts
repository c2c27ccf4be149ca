import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

// Keyset cursors: the last row's tier (relevance), sort key and hash, and the sort they belong to.

export type SearchSort = "relevance" | "newest" | "oldest" | "title";

const cursorSchema = z.object({
  s: z.enum(["relevance", "newest", "oldest", "title"]),
  t: z.union([z.literal(0), z.literal(1)]),
  k: z.string().max(1000),
  h: z.string().max(200),
});

export type SearchCursor = z.infer<typeof cursorSchema>;

export function encodeCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export function decodeCursor(value: string, sort: SearchSort): SearchCursor {
  const refuse = (reason: string, cause?: unknown) =>
    new AppError("INVALID_INPUT", { message: "The cursor is not valid.", invalidParams: [{ name: "query.cursor", reason }], cause });
  let parsed: SearchCursor;
  try {
    parsed = cursorSchema.parse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
  } catch (cause) {
    throw refuse("not a cursor from this API", cause);
  }
  if (parsed.s !== sort) throw refuse(`a cursor of the ${parsed.s} order, not of ${sort}`);
  return parsed;
}
