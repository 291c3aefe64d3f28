import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { storage, userPrefix } from "@/lib/storage";
import { checkPhoto } from "@/lib/users/photo";
import { logger } from "@/lib/logger";

/**
 * Saves a user's name and, optionally, a new photo (checked by its bytes) or
 * the removal of the current one. A refused photo changes nothing.
 */
export async function saveProfile(
  userId: string,
  input: { name: string; photo?: Uint8Array; removePhoto?: boolean },
): Promise<{ photo: string | null }> {
  let newKey: string | null | undefined;
  if (input.photo) {
    const { extension } = await checkPhoto(input.photo);
    newKey = `${userPrefix(userId)}photos/${randomUUID()}.${extension}`;
    await storage().put(newKey, input.photo);
  } else if (input.removePhoto) {
    newKey = null;
  }

  const previous = await db().user.findUnique({ where: { id: userId }, select: { profilePhoto: true } });
  try {
    await db().user.update({
      where: { id: userId },
      data: { name: input.name, ...(newKey !== undefined ? { profilePhoto: newKey } : {}) },
    });
  } catch (error) {
    // The row was not changed, so the new file would be an orphan.
    if (newKey) await storage().delete(newKey);
    throw error;
  }
  if (newKey !== undefined && previous?.profilePhoto) {
    await storage()
      .delete(previous.profilePhoto)
      .catch((err: unknown) => logger.warn({ err }, "could not delete replaced photo"));
  }
  return { photo: newKey !== undefined ? newKey : (previous?.profilePhoto ?? null) };
}
