import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { RegisterSchema } from "@/lib/auth/schema";
import type { z } from "zod";
import { InvalidInputError } from "@/lib/errors";
import { Prisma } from "@/prisma/generated/client/client";

export const DUPLICATE_EMAIL = "An account with this email already exists. Log in instead.";

type AccountInput = Omit<z.output<typeof RegisterSchema>, "role"> & { role?: z.output<typeof RegisterSchema>["role"] };

/** Creates an account from already-validated input; a taken email is a field error. */
export async function createAccount({ name, email, password, role = "student" }: AccountInput): Promise<{ id: string }> {
  const duplicate = () => new InvalidInputError(DUPLICATE_EMAIL, { email: [DUPLICATE_EMAIL] });
  const exists = await db().user.findUnique({ where: { email }, select: { id: true } });
  if (exists) throw duplicate();
  try {
    return await db().user.create({
      data: { name, email, role, passwordHash: await hashPassword(password) },
      select: { id: true },
    });
  } catch (error) {
    // Two registrations racing for one email: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw duplicate();
    throw error;
  }
}
