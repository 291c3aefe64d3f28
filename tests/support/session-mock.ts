// The one stand-in for the auth session in tests. A test file replaces the real module with
// this one and signs a user in or out before each request:
//
//   vi.mock("@/lib/auth/session", () => import("../support/session-mock"));
//   import { signInAs, signOut } from "../support/session-mock";
//
// vi.mock is hoisted above the imports and its factory only runs when the app first imports
// the session module, so the test's own import and the app's share this module's state.
import type * as RealSession from "@/lib/auth/session";
import { redirect } from "next/navigation";
import { UnauthorizedError } from "@/lib/errors";

type SessionUser = RealSession.SessionUser;
type Person = Pick<SessionUser, "id" | "name" | "email"> & { role?: SessionUser["role"]; profilePhoto?: string | null };

let current: SessionUser | null = null;

/** Every later request runs as this person (a student unless their role says otherwise). */
export function signInAs(person: Person): SessionUser {
  current = { id: person.id, name: person.name, email: person.email, role: person.role ?? "student", profilePhoto: person.profilePhoto ?? null };
  return current;
}

/** Every later request runs logged out. */
export function signOut(): void {
  current = null;
}

// Each stand-in `satisfies` the real helper's type, so a change there fails type-checking here.

/** The real one reads the cookie and the database; this one returns who signInAs named. */
export const getUser = (async () => current) satisfies typeof RealSession.getUser;

// As the real helpers, on top of the stand-in getUser.
export const requireUser = (async (returnTo?: string) => {
  if (!current) redirect(returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : "/login");
  return current;
}) satisfies typeof RealSession.requireUser;

export const requireApiUser = (async () => {
  if (!current) throw new UnauthorizedError();
  return current;
}) satisfies typeof RealSession.requireApiUser;
