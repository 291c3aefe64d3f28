// Test data builders. Each call makes distinct rows, so test files can run in
// parallel on one database without colliding.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

export async function createUser(overrides: { name?: string; email?: string; password?: string; role?: "student" | "instructor" } = {}) {
  const password = overrides.password ?? "correct horse battery";
  const user = await db().user.create({
    data: {
      name: overrides.name ?? "Test User",
      email: overrides.email ?? uniqueEmail(),
      passwordHash: await hashPassword(password),
      role: overrides.role ?? "student",
    },
    select: { id: true, name: true, email: true, role: true },
  });
  return { ...user, password };
}
