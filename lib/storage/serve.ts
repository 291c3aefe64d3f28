import "server-only";
import { storage, userPrefix } from "@/lib/storage";
import { isInline, mimeForKey } from "@/lib/storage/mime";
import { NotFoundError } from "@/lib/errors";

/** A user may read files under their own prefix; sharing with instructors extends this later. */
export function canReadFile(userId: string, key: string): boolean {
  return key.startsWith(userPrefix(userId)) && !key.includes("..");
}

export function parseRange(header: string | null, size: number): { start: number; end: number } | "invalid" | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return "invalid";
  let start: number;
  let end: number;
  if (match[1] === "") {
    const suffix = Number(match[2]);
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start > end || start >= size) return "invalid";
  return { start, end };
}

export async function serveFile(key: string, rangeHeader: string | null): Promise<Response> {
  const size = await storage().size(key);
  if (size === null) throw new NotFoundError("File not found");
  const range = parseRange(rangeHeader, size);
  if (range === "invalid") {
    return new Response(null, { status: 416, headers: { "Content-Range": `bytes */${size}` } });
  }
  const object = await storage().get(key, range ?? undefined);
  if (!object) throw new NotFoundError("File not found");
  const mime = mimeForKey(key);
  const headers = new Headers({
    "Content-Type": mime,
    "Accept-Ranges": "bytes",
    "Cache-Control": "private, max-age=3600",
    "Content-Length": String(object.range.end - object.range.start + 1),
    "X-Content-Type-Options": "nosniff",
  });
  if (!isInline(mime)) headers.set("Content-Disposition", `attachment; filename="${key.split("/").pop()}"`);
  if (range) headers.set("Content-Range", `bytes ${object.range.start}-${object.range.end}/${size}`);
  return new Response(object.body, { status: range ? 206 : 200, headers });
}
