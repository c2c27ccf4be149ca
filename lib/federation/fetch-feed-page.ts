import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import type { GuardedFetch } from "@/lib/net/create-guarded-fetch";

// One page of a dataLOFT peer's change feed (GET <base>/api/v1/self-descriptions?updatedSince=…),
// checked against the contract before anything of it is used.

const feedItemSchema = z.object({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  status: z.enum(["ACTIVE", "DEPRECATED", "REVOKED", "EOL"]),
  statusChangedAt: z.string().max(40),
  updatedAt: z.string().max(40),
  format: z.string().max(20),
  contentType: z.string().max(200),
  document: z.string().min(1),
});

const feedPageSchema = z.object({
  items: z.array(feedItemSchema).max(1000),
  cursor: z.string().min(1).max(500),
  hasMore: z.boolean(),
});

export type FeedItem = z.infer<typeof feedItemSchema>;
export type FeedPage = z.infer<typeof feedPageSchema>;

export const FEED_PAGE_SIZE = 100;

export async function fetchFeedPage(options: {
  fetch: GuardedFetch;
  baseUrl: string;
  since: string;
  token?: string | null;
  limit?: number;
}): Promise<FeedPage> {
  const url = `${options.baseUrl}/api/v1/self-descriptions?updatedSince=${encodeURIComponent(options.since)}&limit=${options.limit ?? FEED_PAGE_SIZE}`;
  const response = await options.fetch(url, { accept: "application/json", headers: options.token ? { authorization: `Bearer ${options.token}` } : {} });
  let body: unknown;
  try {
    body = JSON.parse(response.text());
  } catch (cause) {
    throw new AppError("UPSTREAM_FAILED", { message: `${url}: the answer is not JSON`, cause });
  }
  const parsed = feedPageSchema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError("UPSTREAM_FAILED", {
      message: `${url}: the answer is not a change feed page (${first ? `${first.path.join(".") || "(root)"}: ${first.message}` : "invalid"})`,
    });
  }
  return parsed.data;
}
