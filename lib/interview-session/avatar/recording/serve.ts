import "server-only";
import { db } from "@/lib/db";
import { storage } from "@/lib/storage";
import { parseRange } from "@/lib/storage/serve";
import { NotFoundError } from "@/lib/errors";
import type { RecordingRef } from "@/lib/interview-session/avatar/recording/access";

type Part = { storageKey: string; size: number };

/** Streams the bytes [start, end] of the parts laid back to back, reading each overlapping part's slice in turn. */
export function streamParts(parts: readonly Part[], range: { start: number; end: number }): ReadableStream<Uint8Array> {
  const slices: { key: string; start: number; end: number }[] = [];
  let offset = 0;
  for (const part of parts) {
    const first = offset;
    const last = offset + part.size - 1;
    offset += part.size;
    if (part.size === 0 || last < range.start || first > range.end) continue;
    slices.push({ key: part.storageKey, start: Math.max(range.start, first) - first, end: Math.min(range.end, last) - first });
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
 * support so the player can seek. Callers get the ref from recordingFor.
 */
export async function serveRecording(ref: RecordingRef, rangeHeader: string | null): Promise<Response> {
  const { ownerId, sessionId } = ref;
  const [recording, parts] = await Promise.all([
    db().sessionRecording.findFirst({ where: { sessionId, session: { is: { userId: ownerId } } }, select: { mime: true, status: true } }),
    db().recordingChunk.findMany({ where: { sessionId, userId: ownerId }, orderBy: { index: "asc" }, select: { storageKey: true, size: true } }),
  ]);
  const size = parts.reduce((sum, part) => sum + part.size, 0);
  if (!recording || size === 0) throw new NotFoundError("No recording for this session");
  const range = parseRange(rangeHeader, size);
  if (range === "invalid") {
    return new Response(null, { status: 416, headers: { "Content-Range": `bytes */${size}` } });
  }
  const span = range ?? { start: 0, end: size - 1 };
  const headers = new Headers({
    "Content-Type": (recording.mime ?? "video/webm").split(";")[0]!,
    "Accept-Ranges": "bytes",
    // A recording in progress keeps growing; a complete one never changes.
    "Cache-Control": recording.status === "complete" ? "private, max-age=3600" : "private, no-cache",
    "Content-Length": String(span.end - span.start + 1),
    "X-Content-Type-Options": "nosniff",
    "X-Recording-Status": recording.status,
  });
  if (range) headers.set("Content-Range", `bytes ${span.start}-${span.end}/${size}`);
  return new Response(streamParts(parts, span), { status: range ? 206 : 200, headers });
}
