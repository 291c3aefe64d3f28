import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { localStorage } from "@/lib/storage/local";
import type { FileStorage } from "@/lib/storage/types";

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

// The contract every storage driver must keep.
function storageContract(make: () => FileStorage) {
  it("stores, reads back, reports the size of and deletes an object", async () => {
    const store = make();
    await store.put("users/u1/notes/a.txt", new TextEncoder().encode("hello world"));
    const object = await store.get("users/u1/notes/a.txt");
    expect(object && (await text(object.body))).toBe("hello world");
    expect(await store.size("users/u1/notes/a.txt")).toBe(11);
    await store.delete("users/u1/notes/a.txt");
    expect(await store.get("users/u1/notes/a.txt")).toBeNull();
    expect(await store.size("users/u1/notes/a.txt")).toBeNull();
  });

  it("reads an inclusive byte range", async () => {
    const store = make();
    await store.put("users/u1/v.bin", new TextEncoder().encode("0123456789"));
    const object = await store.get("users/u1/v.bin", { start: 2, end: 5 });
    expect(object?.range).toEqual({ start: 2, end: 5 });
    expect(object?.size).toBe(10);
    expect(object && (await text(object.body))).toBe("2345");
  });

  it("overwrites an object atomically", async () => {
    const store = make();
    await store.put("users/u1/x", new TextEncoder().encode("first"));
    await store.put("users/u1/x", new TextEncoder().encode("second"));
    const object = await store.get("users/u1/x");
    expect(object && (await text(object.body))).toBe("second");
  });

  it.each(["../escape", "/etc/passwd", "users/../../x", "users//x", "a b"])("refuses the unsafe key %s", async (key) => {
    await expect(make().put(key, new Uint8Array([1]))).rejects.toThrow(/Unsafe storage key/);
  });
}

describe("local disk storage", () => {
  storageContract(() => localStorage(mkdtempSync(join(tmpdir(), "storage-test-"))));
});
