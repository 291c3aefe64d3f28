import "server-only";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { LoginSchema } from "@/lib/auth/schema";
import { consume, ensureNotBlocked, reset } from "@/lib/rate-limit";

export type AuthenticatedUser = { id: string; name: string; email: string; role: "student" | "instructor" };

/**
 * Checks a login attempt. Returns the user, or null for any wrong email or
 * password alike. Only failures spend the per-IP and per-account budgets, so
 * many people logging in from one office address are never locked out; past
 * either budget every attempt (right or wrong) throws RateLimitedError.
 *
 * This is why login spends its budgets by hand rather than through the action
 * wrapper's `rateLimit` option: that option spends one point per call before the
 * handler runs, which would count successful logins too. (Login is also not a
 * server action but NextAuth's credentials check.)
 */
export async function authenticate(credentials: unknown, ip: string): Promise<AuthenticatedUser | null> {
  const parsed = LoginSchema.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await ensureNotBlocked("loginPerIp", ip);
  await ensureNotBlocked("loginPerAccount", email);
  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, passwordHash: true },
  });
  const ok = await verifyPassword(password, user?.passwordHash ?? null);
  if (!user || !ok) {
    await consume("loginPerIp", ip);
    await consume("loginPerAccount", email);
    return null;
  }
  await reset("loginPerAccount", email);
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
