// The lost-write check after a load run: every write the server acknowledged
// (an answer, a recording chunk, a resume upload) must be stored, and stored
// exactly as sent, compared by SHA-256 of the bytes.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";

export type WriteKind = "answer" | "chunk" | "upload";

/** A write the server acknowledged: `key` names it (answer id, "session/index", resume id), `sha256` is of what was sent. */
export type AckedWrite = { kind: WriteKind; key: string; sha256: string };

export type LostWrite = AckedWrite & { reason: "missing" | "altered" };

export function sha256(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}

export function chunkKeyOf(sessionId: string, index: number): string {
  return `${sessionId}/${index}`;
}

/**
 * The acknowledged writes that are not stored (no row, or no object behind it) or
 * whose stored bytes differ from those sent. `stored` maps kind and key to the
 * SHA-256 of what the database or storage holds.
 */
export function findLost(acked: readonly AckedWrite[], stored: ReadonlyMap<string, string>): LostWrite[] {
  const lost: LostWrite[] = [];
  for (const write of acked) {
    const found = stored.get(`${write.kind}:${write.key}`);
    if (found === undefined) lost.push({ ...write, reason: "missing" });
    else if (found !== write.sha256) lost.push({ ...write, reason: "altered" });
  }
  return lost;
}

/**
 * SHA-256 of the objects behind stored rows, keyed `${kind}:${id}`; a row whose
 * object is gone is left out, so findLost reports it missing.
 */
export async function hashObjects(storageDir: string, kind: WriteKind, rows: readonly { id: string; storageKey: string }[]): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const row of rows) {
    const hash = await readFile(join(storageDir, row.storageKey)).then(sha256, () => undefined);
    if (hash) hashes.set(`${kind}:${row.id}`, hash);
  }
  return hashes;
}

/**
 * Reads back what the database and the local storage directory hold for the
 * acknowledged writes: answer texts, and the files behind chunk and upload rows.
 */
export async function readStored(databaseUrl: string, storageDir: string, acked: readonly AckedWrite[]): Promise<Map<string, string>> {
  const keysOf = (kind: WriteKind) => acked.filter((w) => w.kind === kind).map((w) => w.key);
  const stored = new Map<string, string>();
  const db = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  try {
    const answers = await db.query<{ id: string; answer_text: string | null }>(
      "SELECT id, answer_text FROM session_answer WHERE id = ANY($1)",
      [keysOf("answer")],
    );
    for (const row of answers.rows) if (row.answer_text !== null) stored.set(`answer:${row.id}`, sha256(row.answer_text));

    const chunkKeys = keysOf("chunk");
    const chunks = await db.query<{ session_id: string; index: number; storage_key: string }>(
      `SELECT c.session_id, c.index, c.storage_key FROM recording_chunk c
       JOIN unnest($1::text[], $2::int[]) AS k(session_id, index) ON k.session_id = c.session_id AND k.index = c.index`,
      [chunkKeys.map((k) => k.slice(0, k.lastIndexOf("/"))), chunkKeys.map((k) => Number(k.slice(k.lastIndexOf("/") + 1)))],
    );
    const chunkRows = chunks.rows.map((row) => ({ id: chunkKeyOf(row.session_id, row.index), storageKey: row.storage_key }));
    for (const [key, hash] of await hashObjects(storageDir, "chunk", chunkRows)) stored.set(key, hash);

    const uploads = await db.query<{ id: string; filename: string }>("SELECT id, filename FROM resume_upload WHERE id = ANY($1)", [keysOf("upload")]);
    const uploadRows = uploads.rows.map((row) => ({ id: row.id, storageKey: row.filename }));
    for (const [key, hash] of await hashObjects(storageDir, "upload", uploadRows)) stored.set(key, hash);
  } finally {
    await db.end();
  }
  return stored;
}
