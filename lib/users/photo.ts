import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { InvalidInputError } from "@/lib/errors";
import { PHOTO_TYPES } from "@/lib/users/schema";

const EXTENSIONS: Record<(typeof PHOTO_TYPES)[number], string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "image/gif": "gif",
};

/**
 * Checks the file's real type from its first bytes, ignoring the name and the
 * type the browser claimed: a PDF renamed .png is refused.
 */
export async function checkPhoto(bytes: Uint8Array): Promise<{ mime: (typeof PHOTO_TYPES)[number]; extension: string }> {
  const detected = await fileTypeFromBuffer(bytes);
  const mime = detected?.mime as (typeof PHOTO_TYPES)[number] | undefined;
  if (!mime || !PHOTO_TYPES.includes(mime)) {
    throw new InvalidInputError("That file is not an image we accept.", {
      photo: [
        `The photo must be a PNG, JPEG, WebP or GIF image${detected ? ` (this file is ${detected.mime})` : ""}.`,
      ],
    });
  }
  return { mime, extension: EXTENSIONS[mime] };
}
