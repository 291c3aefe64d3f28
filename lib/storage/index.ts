import "server-only";
import { env } from "@/lib/env";
import { localStorage } from "@/lib/storage/local";
import type { FileStorage } from "@/lib/storage/types";

let instance: FileStorage | undefined;

/**
 * The configured file storage. Local disk is the default; the UploadThing
 * driver arrives with the features that need cloud storage (see README).
 */
export function storage(): FileStorage {
  instance ??= localStorage(env().STORAGE_DIR);
  return instance;
}

/** Every object a user owns lives under this prefix; ownership is checked by it. */
export function userPrefix(userId: string): string {
  return `users/${userId}/`;
}

export type { FileStorage } from "@/lib/storage/types";
