import { parseJsonStrictly } from "@/lib/catalogue/parse-json-strictly";
import { AppError } from "@/lib/errors/app-error";

/** Accepts a dspace:CatalogRequestMessage; filters are not supported, so a non-empty one is refused. */
export function parseCatalogRequest(text: string): { ok: true } | { ok: false; reason: string } {
  let message: unknown;
  try {
    message = parseJsonStrictly(text || "{}");
  } catch (error) {
    return { ok: false, reason: error instanceof AppError ? error.message : "The body is not JSON." };
  }
  if (!message || typeof message !== "object" || Array.isArray(message)) return { ok: false, reason: "The message must be a JSON object." };
  const body = message as Record<string, unknown>;
  const type = body["@type"] ?? body.type;
  if (type !== "dspace:CatalogRequestMessage" && type !== "CatalogRequestMessage") {
    return { ok: false, reason: "Expected a dspace:CatalogRequestMessage." };
  }
  const filter = body["dspace:filter"] ?? body.filter;
  if (filter !== undefined && !(Array.isArray(filter) && filter.length === 0)) {
    return { ok: false, reason: "Filter expressions are not supported by this catalogue; send an empty filter." };
  }
  return { ok: true };
}
