import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A random secret for tokens and invitations, with a short readable prefix. */
export function generateSecret(kind: "token" | "invitation" | "session"): { secret: string; prefix: string } {
  const tag = { token: "dlt", invitation: "dli", session: "dls" }[kind];
  const prefix = randomBytes(4).toString("hex");
  return { secret: `${tag}_${prefix}_${randomBytes(24).toString("base64url")}`, prefix };
}

/** Secrets are stored as SHA-256: they are long and random, so a slow hash adds nothing. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function constantTimeEquals(a: string, b: string): boolean {
  const left = createHash("sha256").update(a).digest();
  const right = createHash("sha256").update(b).digest();
  return timingSafeEqual(left, right);
}
