import "server-only";
import { env } from "@/lib/env";
import { localStorage } from "@/lib/storage/local";
import { uploadthingStorage } from "@/lib/storage/uploadthing";
import type { FileStorage } from "@/lib/storage/types";

let instance: FileStorage | undefined;

/**
 * The configured file storage: UploadThing when UPLOADTHING_TOKEN is set (so
 * several instances share one bucket), local disk under STORAGE_DIR otherwise.
 */
export function storage(): FileStorage {
  const { UPLOADTHING_TOKEN, STORAGE_DIR } = env();
  instance ??= UPLOADTHING_TOKEN ? uploadthingStorage({ token: UPLOADTHING_TOKEN }) : localStorage(STORAGE_DIR);
  return instance;
}

/** Every object a user owns lives under this prefix; ownership is checked by it. */
export function userPrefix(userId: string): string {
  return `users/${userId}/`;
}

export type { FileStorage } from "@/lib/storage/types";
