import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { getDummyPasswordHash, verifyPassword } from "./password";

export const credentialsSchema = z.object({
  email: z.email().transform((email) => email.toLowerCase()),
  password: z.string().min(1).max(256),
});

/** The user for an e-mail and password, or null. Unknown e-mails cost the same time as wrong passwords. */
export async function authenticateCredentials(input: unknown): Promise<{ id: string; email: string; name: string | null } | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const user = await db().user.findUnique({ where: { email: parsed.data.email } });
  const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? (await getDummyPasswordHash()));
  if (!user || !user.passwordHash || !ok) return null;
  return { id: user.id, email: user.email, name: user.name };
}
