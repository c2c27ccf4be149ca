import "server-only";
import { db } from "@/lib/db";
import type { JsonObject } from "@/lib/credentials/types";
import { AppError } from "@/lib/errors/app-error";
import type { GuardedFetch } from "@/lib/net/create-guarded-fetch";

const STATUS_LIST_MEDIA_TYPES = "application/vc+jwt, application/vc+ld+json, application/vc, application/ld+json, application/json";

/** A published status list credential as the verifier takes it: a JSON object, or a compact JWT as it is. */
function readStatusList(text: string, url: string): JsonObject | string {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{")) return trimmed;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (cause) {
    throw new AppError("UPSTREAM_FAILED", { message: `${url} is neither JSON nor a compact JWT`, cause });
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new AppError("UPSTREAM_FAILED", { message: `${url} is not a JSON object` });
  }
  return parsed as JsonObject;
}

/**
 * The status list credential at `url`: the copy published in this catalogue (found by its subject id,
 * `url` or the customary `url#list`), else fetched through the guard when the operator enabled outside
 * resolution; null when it cannot be consulted offline.
 */
export async function loadStatusList(url: string, fetch: GuardedFetch | undefined): Promise<JsonObject | string | null> {
  // Newest by validFrom, not by upload: anyone may re-upload an issuer's older (validly signed) list,
  // which would deprecate the current one and undo a revocation if upload order decided.
  const published = await db().selfDescription.findFirst({
    where: { subjectIds: { hasSome: [url, `${url}#list`] }, status: { in: ["ACTIVE", "DEPRECATED"] }, format: { in: ["JSONLD_VC", "VC_JWT"] } },
    orderBy: [{ validFrom: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    select: { content: true },
  });
  if (published) return readStatusList(new TextDecoder().decode(published.content), url);
  if (!fetch) return null;
  return readStatusList((await fetch(url, { accept: STATUS_LIST_MEDIA_TYPES })).text(), url);
}
