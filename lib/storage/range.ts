import { randomBytes } from "node:crypto";

// HTTP Range requests (RFC 9110 §14) for every file this app serves: stored
// files (lib/storage/serve.ts) and stitched recordings
// (lib/interview-session/avatar/recording/serve.ts). One parser and one
// response builder, so seeking behaves the same everywhere.

/** An inclusive byte range. */
export type ByteRange = { start: number; end: number };

export type RangeRequest =
  /** No Range header, or one the server ignores (see parseRanges): answer 200 with the whole body. */
  | { kind: "whole" }
  /** Syntactically fine, but no range overlaps the body: 416. */
  | { kind: "unsatisfiable" }
  /** One or more satisfiable ranges, sorted and with overlapping or touching ranges merged. */
  | { kind: "ranges"; ranges: ByteRange[] };

/**
 * More ranges than a media player or a download resumer ever asks for. RFC 9110
 * lets a server ignore "many small ranges" as a sign of a broken client or a
 * denial-of-service attempt; beyond this the whole body is sent.
 */
export const MAX_RANGES = 16;

const SPEC = /^(\d*)-(\d*)$/;

/**
 * Reads a Range header against a body of `size` bytes. Choices, all allowed by
 * RFC 9110 §14.2: a header that is not valid `bytes=` syntax, or names another
 * unit, is ignored (200, as nginx and Apache do); unsatisfiable specs among
 * satisfiable ones are dropped; 416 only when none is satisfiable; overlapping
 * and adjacent ranges are merged and put in ascending order.
 */
export function parseRanges(header: string | null, size: number): RangeRequest {
  if (header === null) return { kind: "whole" };
  const match = /^bytes=(.*)$/i.exec(header.trim());
  if (!match) return { kind: "whole" };
  // A list may hold empty elements ("0-1,,5-6"), which recipients must accept and skip.
  const specs = match[1]!
    .split(",")
    .map((spec) => spec.trim())
    .filter((spec) => spec !== "");
  if (specs.length === 0 || specs.length > MAX_RANGES) return { kind: "whole" };

  const satisfiable: ByteRange[] = [];
  for (const spec of specs) {
    const parts = SPEC.exec(spec);
    if (!parts) return { kind: "whole" };
    const [, first = "", last = ""] = parts;
    if (first === "" && last === "") return { kind: "whole" };
    if (first === "") {
      // A suffix: the last N bytes. "-0" asks for nothing and is unsatisfiable.
      const length = Number(last);
      if (length > 0 && size > 0) satisfiable.push({ start: Math.max(0, size - length), end: size - 1 });
      continue;
    }
    const start = Number(first);
    const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
    if (last !== "" && Number(last) < start) return { kind: "whole" };
    if (start < size) satisfiable.push({ start, end });
  }
  if (satisfiable.length === 0) return { kind: "unsatisfiable" };

  satisfiable.sort((a, b) => a.start - b.start);
  const merged: ByteRange[] = [];
  for (const range of satisfiable) {
    const previous = merged.at(-1);
    if (previous && range.start <= previous.end + 1) previous.end = Math.max(previous.end, range.end);
    else merged.push({ ...range });
  }
  return { kind: "ranges", ranges: merged };
}

/**
 * If-Range (RFC 9110 §13.1.5): the Range header counts only when the validator
 * names the representation we have now. We send a strong ETag and no
 * Last-Modified, so a date never matches and a weak tag never compares strongly.
 */
export function ifRangeAllows(ifRange: string | null, etag: string | undefined): boolean {
  if (ifRange === null) return true;
  return etag !== undefined && ifRange.trim() === etag && !etag.startsWith("W/");
}

type Reader = (range: ByteRange) => ReadableStream<Uint8Array> | Promise<ReadableStream<Uint8Array>>;
type Segment = Uint8Array | ByteRange;

/** Bytes and ranges in order, each range read only when the reader gets to it. */
function concat(segments: Segment[], read: Reader): ReadableStream<Uint8Array> {
  let current: ReadableStreamDefaultReader<Uint8Array> | null = null;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        if (!current) {
          const next = segments.shift();
          if (!next) {
            controller.close();
            return;
          }
          if (next instanceof Uint8Array) {
            controller.enqueue(next);
            return;
          }
          current = (await read(next)).getReader();
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

const length = (range: ByteRange) => range.end - range.start + 1;

/**
 * The response to a GET of a body of `size` bytes: 200 with everything, 206
 * with one range (Content-Range) or several (multipart/byteranges), or 416 with
 * `Content-Range: bytes *\/size`. `read` streams one inclusive range of the body.
 */
export function rangedResponse(input: {
  size: number;
  contentType: string;
  rangeHeader: string | null;
  ifRange: string | null;
  etag?: string;
  headers: Record<string, string>;
  read: Reader;
}): Response {
  const { size, contentType, etag, read } = input;
  const request = ifRangeAllows(input.ifRange, etag)
    ? parseRanges(input.rangeHeader, size)
    : ({ kind: "whole" } as const);
  const headers = new Headers({ ...input.headers, "Accept-Ranges": "bytes" });
  if (etag) headers.set("ETag", etag);

  if (request.kind === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  if (request.kind === "whole" || request.ranges.length === 1) {
    const range = request.kind === "whole" ? { start: 0, end: size - 1 } : request.ranges[0]!;
    headers.set("Content-Type", contentType);
    headers.set("Content-Length", String(length(range)));
    if (request.kind === "ranges") headers.set("Content-Range", `bytes ${range.start}-${range.end}/${size}`);
    // An empty body has no byte to read: an empty 200, not a read of [0, -1].
    return new Response(concat(size === 0 ? [] : [range], read), {
      status: request.kind === "ranges" ? 206 : 200,
      headers,
    });
  }

  // Several ranges: one multipart/byteranges body (RFC 9110 §14.6), each part with its own Content-Range.
  const boundary = randomBytes(16).toString("hex");
  const encoder = new TextEncoder();
  const segments: Segment[] = [];
  let total = 0;
  for (const range of request.ranges) {
    const head = encoder.encode(
      `\r\n--${boundary}\r\nContent-Type: ${contentType}\r\nContent-Range: bytes ${range.start}-${range.end}/${size}\r\n\r\n`,
    );
    segments.push(head, range);
    total += head.byteLength + length(range);
  }
  const tail = encoder.encode(`\r\n--${boundary}--\r\n`);
  segments.push(tail);
  total += tail.byteLength;
  headers.set("Content-Type", `multipart/byteranges; boundary=${boundary}`);
  headers.set("Content-Length", String(total));
  return new Response(concat(segments, read), { status: 206, headers });
}
