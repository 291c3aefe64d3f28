import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localStorage } from "@/lib/storage/local";
import { customIdOf, uploadthingStorage } from "@/lib/storage/uploadthing";
import { startFakeUploadThing, type FakeUploadThing } from "../fakes/uploadthing-server";
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

  it("answers null for an object that does not exist, and deleting it is harmless", async () => {
    const store = make();
    expect(await store.get("users/u1/missing.bin")).toBeNull();
    expect(await store.size("users/u1/missing.bin")).toBeNull();
    await store.delete("users/u1/missing.bin");
  });

  it("reads a range that starts in the middle and runs to the end, and binary bytes unchanged", async () => {
    const store = make();
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256);
    await store.put("users/u2/clip.webm", bytes);
    const object = await store.get("users/u2/clip.webm", { start: 250 });
    expect(object?.range).toEqual({ start: 250, end: 299 });
    expect(new Uint8Array(await new Response(object!.body).arrayBuffer())).toEqual(bytes.slice(250));
  });

  it.each(["../escape", "/etc/passwd", "users/../../x", "users//x", "a b"])("refuses the unsafe key %s", async (key) => {
    await expect(make().put(key, new Uint8Array([1]))).rejects.toThrow(/Unsafe storage key/);
  });
}

describe("local disk storage", () => {
  storageContract(() => localStorage(mkdtempSync(join(tmpdir(), "storage-test-"))));
});

describe("UploadThing storage, against a loopback fake of UploadThing's API", () => {
  let fake: FakeUploadThing;
  beforeAll(async () => {
    fake = await startFakeUploadThing();
  });
  afterAll(async () => {
    await fake.close();
  });

  storageContract(() => uploadthingStorage({ token: fake.token, apiUrl: fake.url, ingestUrl: fake.url }));

  it("uploads private files under a hashed custom id and reads them through signed URLs", async () => {
    const store = uploadthingStorage({ token: fake.token, apiUrl: fake.url, ingestUrl: fake.url });
    await store.put("users/u9/avatar-interviews/s1/chunks/000000.webm", new TextEncoder().encode("webm bytes"));
    const stored = [...fake.files.values()].find((file) => file.customId === customIdOf("users/u9/avatar-interviews/s1/chunks/000000.webm"));
    expect(stored).toMatchObject({ acl: "private", name: "000000.webm" });
    // Without the signature the fake, like UploadThing, refuses a private file.
    expect((await fetch(`${fake.url}/f/${stored!.fileKey}`)).status).toBe(403);
  });

  it("refuses a token that is not UploadThing's format", () => {
    expect(() => uploadthingStorage({ token: "not-a-token" })).toThrow(/not a valid UploadThing token/);
  });
});
