import "server-only";
import NextAuth, { type NextAuthResult } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getEnv, requireSecret } from "@/lib/env";
import { logger } from "@/lib/logger";
import { authenticateCredentials } from "@/lib/auth/authenticate-credentials";
import { createSession, endSession, findLiveSession } from "@/lib/auth/sessions";

// Auth.js: e-mail and password through the Credentials provider. Its cookie is a JWT that only carries
// the id of a server-side Session row (lib/auth/sessions.ts); the row decides whether the session lives,
// so expiry and sign-out take effect on the server at once.

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; name?: string | null };
  }
}

const nextAuth: NextAuthResult = NextAuth(() => {
  const env = getEnv();
  return {
    secret: requireSecret("AUTH_SECRET"),
    trustHost: true,
    useSecureCookies: env.publicUrl.startsWith("https://"),
    session: { strategy: "jwt", maxAge: env.DATALOFT_SESSION_MAX_AGE },
    pages: { signIn: "/sign-in" },
    logger: {
      // A wrong password is an expected outcome, not a server error worth a stack trace.
      error: (error: Error) =>
        error.name === "CredentialsSignin" ? logger.info("sign-in refused", { reason: error.name }) : logger.error("auth error", { error }),
      warn: (code: string) => logger.warn("auth warning", { code }),
    },
    providers: [
      Credentials({
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
        authorize: async (credentials) => authenticateCredentials(credentials),
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user?.id) {
          const session = await createSession({ userId: user.id, maxAgeSeconds: env.DATALOFT_SESSION_MAX_AGE });
          return { sub: user.id, email: user.email, name: user.name, sid: session.sessionToken };
        }
        const sid = typeof token.sid === "string" ? token.sid : null;
        if (!sid || !(await findLiveSession({ sessionToken: sid }))) return null;
        return token;
      },
      session({ session, token }) {
        return { ...session, user: { id: String(token.sub), email: String(token.email ?? ""), name: token.name ?? null } };
      },
    },
    events: {
      async signOut(message) {
        const sid = "token" in message && message.token && typeof message.token.sid === "string" ? message.token.sid : null;
        if (sid) await endSession({ sessionToken: sid });
      },
    },
  };
});

export const { handlers, auth, signIn, signOut } = nextAuth;
