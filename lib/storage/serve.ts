import "server-only";
import { storage, userPrefix } from "@/lib/storage";
import { isInline, mimeForKey } from "@/lib/storage/mime";
import { rangedResponse } from "@/lib/storage/range";
import { NotFoundError } from "@/lib/errors";

/** A user may read files under their own prefix; sharing with instructors extends this later. */
export function canReadFile(userId: string, key: string): boolean {
  return key.startsWith(userPrefix(userId)) && !key.includes("..");
}

export async function serveFile(key: string, requestHeaders: Headers): Promise<Response> {
  const size = await storage().size(key);
  if (size === null) throw new NotFoundError("File not found");
  const mime = mimeForKey(key);
  const headers: Record<string, string> = {
    "Cache-Control": "private, max-age=3600",
    "X-Content-Type-Options": "nosniff",
  };
  if (!isInline(mime)) headers["Content-Disposition"] = `attachment; filename="${key.split("/").pop()}"`;
  return rangedResponse({
    size,
    contentType: mime,
    rangeHeader: requestHeaders.get("range"),
    // No validator is sent for stored files, so an If-Range never matches and the whole file is sent.
    ifRange: requestHeaders.get("if-range"),
    headers,
    read: async (range) => {
      const object = await storage().get(key, range);
      if (!object) throw new NotFoundError("File not found");
      return object.body;
    },
  });
}
