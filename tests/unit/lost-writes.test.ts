import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { chunkKeyOf, findLost, hashObjects, sha256, type AckedWrite } from "../../scripts/lib/lost-writes";

describe("the lost-write check", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "lost-writes-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** Three 1 MB chunks as the server stores them, and what the client acknowledged for each. */
  function storeChunks() {
    const chunks = [0, 1, 2].map((index) => ({ index, data: randomBytes(1024 * 1024), storageKey: `users/u1/avatar-interviews/s1/chunks/${index}.webm` }));
    for (const chunk of chunks) {
      mkdirSync(dirname(join(dir, chunk.storageKey)), { recursive: true });
      writeFileSync(join(dir, chunk.storageKey), chunk.data);
    }
    const acked: AckedWrite[] = chunks.map((c) => ({ kind: "chunk", key: chunkKeyOf("s1", c.index), sha256: sha256(c.data) }));
    const rows = chunks.map((c) => ({ id: chunkKeyOf("s1", c.index), storageKey: c.storageKey }));
    return { chunks, acked, rows };
  }

  it("finds nothing lost when every chunk is stored byte for byte", async () => {
    const { acked, rows } = storeChunks();
    expect(findLost(acked, await hashObjects(dir, "chunk", rows))).toEqual([]);
  });

  it("reports a chunk whose object is gone as missing, and one with a changed byte as altered", async () => {
    const { chunks, acked, rows } = storeChunks();
    unlinkSync(join(dir, chunks[0]!.storageKey));
    const altered = Buffer.from(chunks[2]!.data);
    altered[altered.length - 1] = altered[altered.length - 1]! ^ 0xff;
    writeFileSync(join(dir, chunks[2]!.storageKey), altered);
    const lost = findLost(acked, await hashObjects(dir, "chunk", rows));
    expect(lost.map((w) => [w.key, w.reason])).toEqual([
      ["s1/0", "missing"],
      ["s1/2", "altered"],
    ]);
  });

  it("reports an acknowledged write with no row at all as missing", () => {
    const acked: AckedWrite[] = [
      { kind: "answer", key: "a1", sha256: sha256("my answer") },
      { kind: "upload", key: "r1", sha256: sha256("pdf") },
    ];
    const stored = new Map([["answer:a1", sha256("my answer")]]);
    expect(findLost(acked, stored)).toEqual([{ ...acked[1], reason: "missing" }]);
  });

  it("does not take a stored write of another kind with the same key for the acknowledged one", () => {
    const acked: AckedWrite[] = [{ kind: "upload", key: "x", sha256: sha256("a") }];
    expect(findLost(acked, new Map([["answer:x", sha256("a")]]))).toHaveLength(1);
  });
});
