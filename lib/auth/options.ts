import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "@/lib/auth/authenticate";
import { clientIp } from "@/lib/auth/client-ip";
import { RateLimitedError } from "@/lib/errors";
import { logger } from "@/lib/logger";

export const authOptions: NextAuthOptions = {
  // Sessions are signed JWT cookies: no server-side session store, so any
  // instance can serve any request.
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        try {
          return await authenticate(credentials, clientIp(req?.headers));
        } catch (error) {
          if (error instanceof RateLimitedError) {
            logger.warn({ event: "login_rate_limited" }, "login rate limited");
            // next-auth passes this message to the login form.
            throw new Error(error.message);
          }
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid) {
        session.user = { ...session.user, id: token.uid, role: token.role ?? "student" };
      }
      return session;
    },
  },
};
