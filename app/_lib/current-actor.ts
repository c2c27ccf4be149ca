import "server-only";
import { auth } from "@/app/auth";
import { getEnv } from "@/lib/env";
import type { Actor } from "@/lib/auth/actor";
import { loadUserActor } from "@/lib/auth/load-actor";
import { authenticateBearer } from "@/lib/auth/authenticate-bearer";
import { AppError } from "@/lib/errors/app-error";

/** The signed-in person, or null. */
export async function getSessionActor(): Promise<Actor | null> {
  const session = await auth();
  if (!session?.user?.id) return null;
  return loadUserActor({ userId: session.user.id });
}

/** A Bearer token wins over the session cookie; a malformed Authorization header is refused. */
export async function getRequestActor(request: Request): Promise<Actor | null> {
  const header = request.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+([\x21-\x7e]{16,512})$/i.exec(header.trim());
    if (!match?.[1]) throw new AppError("UNAUTHENTICATED", { message: "Send the token as `Authorization: Bearer <token>`." });
    return authenticateBearer({ secret: match[1], adminToken: getEnv().DATALOFT_ADMIN_TOKEN });
  }
  return getSessionActor();
}
