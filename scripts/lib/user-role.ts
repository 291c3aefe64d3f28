// Changes one account's role: how the first instructor of an installation comes to be
// (docs/decisions/033). Plain code over a Prisma client so tests run it on their database.
import type { PrismaClient } from "../../prisma/generated/client/client";

export const USER_ROLES = ["student", "instructor"] as const;
export type RoleName = (typeof USER_ROLES)[number];
export const USAGE = "usage: npm run user:role -- EMAIL student|instructor";

export type RoleArgs = { email: string; role: RoleName };

/** The email and role from the command line, or an error saying how to call it. */
export function parseRoleArgs(args: readonly string[]): RoleArgs {
  const [email, role, ...rest] = args;
  if (!email || !role || rest.length > 0 || !email.includes("@")) throw new Error(USAGE);
  const found = USER_ROLES.find((name) => name === role);
  if (!found) throw new Error(`Unknown role "${role}". ${USAGE}`);
  return { email: email.trim().toLowerCase(), role: found };
}

/** Sets the role of the account with that email; an unknown email changes nothing. */
export async function setUserRole(prisma: Pick<PrismaClient, "user">, { email, role }: RoleArgs): Promise<string> {
  const { count } = await prisma.user.updateMany({ where: { email }, data: { role } });
  if (count === 0) throw new Error(`No account uses ${email}. The person registers first, then you change their role.`);
  return `${email} is now ${role === "instructor" ? "an instructor" : "a student"}. The change applies on their next page load.`;
}
