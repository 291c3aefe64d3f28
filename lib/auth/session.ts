import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { UnauthorizedError } from "@/lib/errors";
import type { UserRole } from "@/prisma/generated/client/enums";

export type SessionUser = {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  profilePhoto: string | null;
};

/**
 * The logged-in user, or null. The cookie says who; the database confirms the
 * account still exists and supplies current name and role. Cached per request.
 */
export const getUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  return db().user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, profilePhoto: true },
  });
});

/** For pages: the logged-in user, or a redirect to the login page. */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await getUser();
  if (!user) {
    redirect(returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : "/login");
  }
  return user;
}

/** For actions and route handlers: the logged-in user, or a 401 error. */
export async function requireApiUser(): Promise<SessionUser> {
  const user = await getUser();
  if (!user) throw new UnauthorizedError();
  return user;
}
