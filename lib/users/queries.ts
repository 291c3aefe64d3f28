import "server-only";
import { db } from "@/lib/db";

export async function getProfile(userId: string) {
  return db().user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, profilePhoto: true, createdAt: true },
  });
}
