import "server-only";
import { db } from "@/lib/db";
import { generateSecret } from "./secrets";

// Server-side sessions: the Auth.js cookie only carries the session token; this table decides whether
// the session is alive. Expired or signed-out sessions are refused even if the cookie is still valid.

const TOUCH_INTERVAL_MS = 60_000;

export async function createSession(options: { userId: string; maxAgeSeconds: number; now?: Date }): Promise<{ sessionToken: string; expires: Date }> {
  const now = options.now ?? new Date();
  const { secret } = generateSecret("session");
  const expires = new Date(now.getTime() + options.maxAgeSeconds * 1000);
  await db().session.create({ data: { sessionToken: secret, userId: options.userId, expires, lastSeenAt: now } });
  return { sessionToken: secret, expires };
}

/** The live session for a token, or null when it is unknown, ended or expired. */
export async function findLiveSession(options: { sessionToken: string; now?: Date }) {
  const now = options.now ?? new Date();
  const session = await db().session.findUnique({ where: { sessionToken: options.sessionToken } });
  if (!session || session.expires <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db().session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return session;
}

export async function endSession(options: { sessionToken: string }): Promise<void> {
  await db().session.deleteMany({ where: { sessionToken: options.sessionToken } });
}
