// The one Range parser and response builder (lib/storage/range.ts) on a
// 100-byte body whose byte i is i, so every assertion checks real bytes.
import { describe, expect, it } from "vitest";
import { MAX_RANGES, ifRangeAllows, parseRanges, rangedResponse } from "@/lib/storage/range";

const BODY = Uint8Array.from({ length: 100 }, (_, i) => i);

function respond(range: string | null, ifRange: string | null = null) {
  return rangedResponse({
    size: BODY.byteLength,
    contentType: "video/webm",
    rangeHeader: range,
    ifRange,
    etag: '"v1"',
    headers: { "Cache-Control": "private, no-store" },
    read: ({ start, end }) => new Response(BODY.slice(start, end + 1)).body!,
  });
}

const bytes = async (response: Response) => new Uint8Array(await response.arrayBuffer());
const span = (start: number, end: number) => BODY.slice(start, end + 1);

describe("parseRanges", () => {
  it.each([
    ["bytes=0-9", [{ start: 0, end: 9 }]],
    ["bytes=90-", [{ start: 90, end: 99 }]],
    ["bytes=-5", [{ start: 95, end: 99 }]],
    ["bytes=-500", [{ start: 0, end: 99 }]],
    ["bytes=95-5000", [{ start: 95, end: 99 }]],
    ["BYTES=1-1", [{ start: 1, end: 1 }]],
    ["bytes=0-1, 5-6", [{ start: 0, end: 1 }, { start: 5, end: 6 }]],
    ["bytes=50-60,0-9", [{ start: 0, end: 9 }, { start: 50, end: 60 }]],
    ["bytes=0-10,5-20,21-25", [{ start: 0, end: 25 }]],
    ["bytes=0-1,,5-6", [{ start: 0, end: 1 }, { start: 5, end: 6 }]],
    ["bytes=0-1,200-300", [{ start: 0, end: 1 }]],
  ])("%s → %j", (header, ranges) => {
    expect(parseRanges(header, 100)).toEqual({ kind: "ranges", ranges });
  });

  it.each(["bytes=100-", "bytes=100-200", "bytes=-0", "bytes=200-300,150-"])("%s is unsatisfiable", (header) => {
    expect(parseRanges(header, 100)).toEqual({ kind: "unsatisfiable" });
  });

  it.each([null, "", "bytes=", "bytes=-", "bytes=a-b", "bytes=5-3", "bytes 0-1", "items=0-1", "bytes=0-1;2-3", "bytes=--1", "bytes=1-2-3", "bytes=0x10-"])(
    "%j is ignored: the whole body",
    (header) => {
      expect(parseRanges(header, 100)).toEqual({ kind: "whole" });
    },
  );

  it(`ignores more than ${MAX_RANGES} ranges`, () => {
    const many = Array.from({ length: MAX_RANGES + 1 }, (_, i) => `${i * 2}-${i * 2}`).join(",");
    expect(parseRanges(`bytes=${many}`, 100)).toEqual({ kind: "whole" });
  });
});

describe("ifRangeAllows", () => {
  it("honours the range only for the same strong tag", () => {
    expect(ifRangeAllows(null, '"v1"')).toBe(true);
    expect(ifRangeAllows('"v1"', '"v1"')).toBe(true);
    expect(ifRangeAllows('"v0"', '"v1"')).toBe(false);
    expect(ifRangeAllows('W/"v1"', '"v1"')).toBe(false);
    expect(ifRangeAllows("Tue, 08 Dec 2026 00:00:00 GMT", '"v1"')).toBe(false);
    expect(ifRangeAllows('"v1"', undefined)).toBe(false);
  });
});

describe("rangedResponse", () => {
  it("sends everything without a Range header", async () => {
    const response = respond(null);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe("100");
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    expect(response.headers.get("content-range")).toBeNull();
    expect(response.headers.get("etag")).toBe('"v1"');
    expect(await bytes(response)).toEqual(BODY);
  });

  it("sends one range as 206 with Content-Range", async () => {
    const response = respond("bytes=10-19");
    expect(response.status).toBe(206);
    expect(response.headers.get("content-range")).toBe("bytes 10-19/100");
    expect(response.headers.get("content-length")).toBe("10");
    expect(await bytes(response)).toEqual(span(10, 19));
  });

  it("answers 416 with bytes */size when nothing is satisfiable", async () => {
    const response = respond("bytes=100-");
    expect(response.status).toBe(416);
    expect(response.headers.get("content-range")).toBe("bytes */100");
    expect(await response.text()).toBe("");
  });

  it("sends several ranges as multipart/byteranges, each part with its Content-Range and exact bytes", async () => {
    const response = respond("bytes=-3,0-1,10-12");
    expect(response.status).toBe(206);
    const type = response.headers.get("content-type")!;
    const boundary = /^multipart\/byteranges; boundary=([0-9a-f]+)$/.exec(type)?.[1];
    expect(boundary, type).toBeDefined();
    const body = Buffer.from(await bytes(response));
    expect(response.headers.get("content-length")).toBe(String(body.byteLength));
    const parts = body.toString("latin1").split(`--${boundary}`);
    expect(parts.at(-1)).toBe("--\r\n");
    const decoded = parts.slice(1, -1).map((part) => {
      const [head, data] = part.split("\r\n\r\n");
      return { head: head!.trim().split("\r\n"), data: Buffer.from(data!.slice(0, -2), "latin1") };
    });
    expect(decoded).toEqual([
      { head: ["Content-Type: video/webm", "Content-Range: bytes 0-1/100"], data: Buffer.from(span(0, 1)) },
      { head: ["Content-Type: video/webm", "Content-Range: bytes 10-12/100"], data: Buffer.from(span(10, 12)) },
      { head: ["Content-Type: video/webm", "Content-Range: bytes 97-99/100"], data: Buffer.from(span(97, 99)) },
    ]);
  });

  it("sends the whole body when If-Range names another version", async () => {
    expect((await respond("bytes=0-9", '"v1"')).status).toBe(206);
    const stale = respond("bytes=0-9", '"v0"');
    expect(stale.status).toBe(200);
    expect(await bytes(stale)).toEqual(BODY);
  });
});
