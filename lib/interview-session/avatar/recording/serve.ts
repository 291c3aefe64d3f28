import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { storage } from "@/lib/storage";
import { rangedResponse, type ByteRange } from "@/lib/storage/range";
import { NotFoundError } from "@/lib/errors";
import type { RecordingRef } from "@/lib/interview-session/avatar/recording/access";

type Part = { storageKey: string; size: number };

/** Streams the bytes [start, end] of the parts laid back to back, reading each overlapping part's slice in turn. */
export function streamParts(parts: readonly Part[], range: ByteRange): ReadableStream<Uint8Array> {
  const slices: { key: string; start: number; end: number }[] = [];
  let offset = 0;
  for (const part of parts) {
    const first = offset;
    const last = offset + part.size - 1;
    offset += part.size;
    if (part.size === 0 || last < range.start || first > range.end) continue;
    slices.push({
      key: part.storageKey,
      start: Math.max(range.start, first) - first,
      end: Math.min(range.end, last) - first,
    });
  }
  let current: ReadableStreamDefaultReader<Uint8Array> | null = null;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        if (!current) {
          const slice = slices.shift();
          if (!slice) {
            controller.close();
            return;
          }
          const object = await storage().get(slice.key, { start: slice.start, end: slice.end });
          if (!object) {
            controller.error(new Error(`Recording chunk missing: ${slice.key}`));
            return;
          }
          current = object.body.getReader();
        }
        const { done, value } = await current.read();
        if (done) {
          current = null;
          continue;
        }
        controller.enqueue(value);
        return;
      }
    },
    async cancel(reason) {
      await current?.cancel(reason);
    },
  });
}

/**
 * The session recording as one video: its chunks back to back, with Range
 * support so the player can seek. The one serving function for every viewer:
 * the owner and instructors (their ref from recordingFor) and share-link
 * visitors (recordingForLink). Access is decided before this, on every request.
 */
export async function serveRecording(ref: RecordingRef, requestHeaders: Headers): Promise<Response> {
  const { ownerId, sessionId } = ref;
  const [recording, parts] = await Promise.all([
    db().sessionRecording.findFirst({
      where: { sessionId, session: { is: { userId: ownerId } } },
      select: { mime: true, status: true },
    }),
    db().recordingChunk.findMany({
      where: { sessionId, userId: ownerId },
      orderBy: { index: "asc" },
      select: { storageKey: true, size: true, sha256: true },
    }),
  ]);
  const size = parts.reduce((sum, part) => sum + part.size, 0);
  if (!recording || size === 0) throw new NotFoundError("No recording for this session");
  return rangedResponse({
    size,
    contentType: (recording.mime ?? "video/webm").split(";")[0]!,
    rangeHeader: requestHeaders.get("range"),
    ifRange: requestHeaders.get("if-range"),
    etag: recordingEtag(parts),
    headers: {
      // Never stored by the browser or a proxy: every seek is a new request that
      // is authorized again, so revoking a link or a share stops a player that
      // is already open at its next range (docs/decisions/029).
      "Cache-Control": "private, no-store",
      // Another site cannot embed the video, even with a link's token in hand.
      "Cross-Origin-Resource-Policy": "same-origin",
      "X-Content-Type-Options": "nosniff",
      "X-Robots-Tag": "noindex",
      "X-Recording-Status": recording.status,
    },
    read: (range) => streamParts(parts, range),
  });
}

/**
 * A strong validator for If-Range. Chunks are immutable and only appended
 * (lib/interview-session/avatar/recording/chunks.ts), so the list of their
 * hashes names the bytes exactly; a recording still uploading gets a new tag
 * with each chunk.
 */
function recordingEtag(parts: readonly { sha256: string }[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part.sha256);
  return `"${hash.digest("base64url").slice(0, 27)}"`;
}
