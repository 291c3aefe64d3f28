// The interview_session migration moves real data: this loads rows into the
// schema as it was before it, applies it, and checks that every row and every
// relation survived with its id (docs/decisions/025).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";

const MIGRATIONS = join(__dirname, "..", "..", "prisma", "migrations");
const TARGET = "20261207153417_interview_session";

const folders = readdirSync(MIGRATIONS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const before = folders.filter((name) => name < TARGET);
const sql = (folder: string) => readFileSync(join(MIGRATIONS, folder, "migration.sql"), "utf8");

const database = `migration_${randomBytes(4).toString("hex")}`;
const serverUrl = inject("databaseUrl");
let client: Client;

async function query<T extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  return (await client.query<T>(text, values)).rows;
}

beforeAll(async () => {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  client = new Client({ connectionString: url.toString() });
  await client.connect();
  for (const folder of before) await client.query(sql(folder));
});

afterAll(async () => {
  await client?.end();
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database}`);
  await admin.end();
});

async function loadOldRows() {
  await query(`INSERT INTO "user" (id, name, email, password_hash, role, updated_at) VALUES
    ('u-student', 'Sam', 'sam@example.com', 'x', 'student', now()),
    ('u-coach', 'Cleo', 'cleo@example.com', 'x', 'instructor', now())`);
  await query(`INSERT INTO ai_interview_session (id, user_id, position, level, company, format, questions_asked, questions_answered,
      average_score, completed, session_data, created_at, completed_at)
    VALUES ('s-text', 'u-student', 'Backend engineer', 'senior', 'Acme', 'technical', 2, 2, 6.5, true,
      '{"seed":"abc","source":"local"}', '2026-11-01T10:00:00Z', '2026-11-01T10:30:00Z')`);
  await query(`INSERT INTO avatar_interview_session (id, user_id, job_role, company, experience_level, questions_count, questions_completed,
      average_score, completed, video_recorded, posture_score, engagement_score, session_file, recording_status, recording_bytes,
      recording_mime, recording_duration_ms, avatar_provider, created_at)
    VALUES ('s-video', 'u-student', 'Data analyst', NULL, NULL, 3, 1, 7, false, true, 0.8, 0.6, 'recordings/s-video', 'complete',
      2000000000, 'video/webm', 95000, 'did', '2026-11-02T09:00:00Z')`);
  await query(`INSERT INTO session_answer (id, user_id, ai_session_id, avatar_session_id, position, question_text, question_type,
      answer_text, score, source, feedback) VALUES
    ('a-text-1', 'u-student', 's-text', NULL, 1, 'What is an index?', 'technical', 'A B-tree…', 6, 'local', '{"strengths":[],"improvements":[],"suggestions":[]}'),
    ('a-text-2', 'u-student', 's-text', NULL, 2, 'TCP or UDP?', 'technical', 'TCP is…', 7, 'gemini', NULL),
    ('a-video-1', 'u-student', NULL, 's-video', 1, 'Tell me about a conflict.', 'behavioral', 'In my last team…', 7, 'local', NULL)`);
  await query(`UPDATE session_answer SET recording_offset_ms = 1500 WHERE id = 'a-video-1'`);
  await query(`INSERT INTO face_analysis_sample (id, user_id, avatar_session_id, offset_ms, face_visible, looking_at_camera)
    VALUES ('f-1', 'u-student', 's-video', 0, true, true), ('f-2', 'u-student', 's-video', 1000, true, false)`);
  await query(`INSERT INTO recording_chunk (id, user_id, avatar_session_id, index, size, sha256, storage_key)
    VALUES ('c-0', 'u-student', 's-video', 0, 1000, repeat('a', 64), 'chunks/s-video/0')`);
  await query(`INSERT INTO avatar_talk (id, user_id, avatar_session_id, provider_talk_id, status, updated_at)
    VALUES ('t-1', 'u-student', 's-video', 'tlk_1', 'done', now()), ('t-2', 'u-student', NULL, 'tlk_2', 'created', now())`);
  await query(`INSERT INTO share_link (id, user_id, token, scope, ai_session_id, avatar_session_id) VALUES
    ('l-text', 'u-student', 'token-text', 'ai_session', 's-text', NULL),
    ('l-video', 'u-student', 'token-video', 'avatar_session', NULL, 's-video'),
    ('l-dash', 'u-student', 'token-dash', 'dashboard', NULL, NULL)`);
  await query(`INSERT INTO instructor_share (id, student_id, instructor_id, scope, ai_session_id, avatar_session_id) VALUES
    ('i-text', 'u-student', 'u-coach', 'ai_session', 's-text', NULL),
    ('i-video', 'u-student', 'u-coach', 'avatar_session', NULL, 's-video'),
    ('i-dash', 'u-student', 'u-coach', 'dashboard', NULL, NULL)`);
  await query(`INSERT INTO session_review (id, instructor_id, student_id, ai_session_id, avatar_session_id, rubric, updated_at) VALUES
    ('r-text', 'u-coach', 'u-student', 's-text', NULL, '{"structure":4}', now()),
    ('r-video', 'u-coach', 'u-student', NULL, 's-video', '{"structure":3}', now())`);
  await query(`INSERT INTO review_comment (id, instructor_id, student_id, ai_session_id, avatar_session_id, answer_id, offset_ms, body) VALUES
    ('k-text', 'u-coach', 'u-student', 's-text', NULL, 'a-text-1', NULL, 'Good start'),
    ('k-video', 'u-coach', 'u-student', NULL, 's-video', 'a-video-1', 61000, 'Look at the camera here')`);
}

describe("the interview_session migration", () => {
  beforeAll(async () => {
    await loadOldRows();
    await client.query(sql(TARGET));
  });

  it("moves both kinds of session into one table, keeping ids and common fields", async () => {
    const sessions = await query(
      `SELECT id, user_id, kind::text, role, level::text, company, format::text, questions_planned, questions_answered,
        average_score, completed, session_data, created_at, completed_at FROM interview_session ORDER BY id`,
    );
    expect(sessions).toEqual([
      {
        id: "s-text", user_id: "u-student", kind: "text", role: "Backend engineer", level: "senior", company: "Acme", format: "technical",
        questions_planned: 2, questions_answered: 2, average_score: 6.5, completed: true, session_data: { seed: "abc", source: "local" },
        created_at: new Date("2026-11-01T10:00:00Z"), completed_at: new Date("2026-11-01T10:30:00Z"),
      },
      {
        id: "s-video", user_id: "u-student", kind: "avatar", role: "Data analyst", level: null, company: null, format: "mixed",
        questions_planned: 3, questions_answered: 1, average_score: 7, completed: false, session_data: null,
        created_at: new Date("2026-11-02T09:00:00Z"), completed_at: null,
      },
    ]);
  });

  it("gives the video session its recording row, bytes as a 64-bit number", async () => {
    const recordings = await query(
      `SELECT session_id, status::text, video_recorded, storage_key, bytes::text, mime, duration_ms, posture_score, engagement_score,
        avatar_provider::text FROM session_recording`,
    );
    expect(recordings).toEqual([
      {
        session_id: "s-video", status: "complete", video_recorded: true, storage_key: "recordings/s-video", bytes: "2000000000",
        mime: "video/webm", duration_ms: 95000, posture_score: 0.8, engagement_score: 0.6, avatar_provider: "did",
      },
    ]);
    await query(`UPDATE session_recording SET bytes = 5000000000 WHERE session_id = 's-video'`);
    expect((await query<{ bytes: string }>(`SELECT bytes::text FROM session_recording`))[0]?.bytes).toBe("5000000000");
  });

  it("points every child row at its session through one session_id", async () => {
    const pairs = async (table: string) =>
      (await query<{ id: string; session_id: string | null }>(`SELECT id, session_id FROM ${table} ORDER BY id`)).map((r) => [r.id, r.session_id]);
    expect(await pairs("session_answer")).toEqual([["a-text-1", "s-text"], ["a-text-2", "s-text"], ["a-video-1", "s-video"]]);
    expect(await pairs("face_analysis_sample")).toEqual([["f-1", "s-video"], ["f-2", "s-video"]]);
    expect(await pairs("recording_chunk")).toEqual([["c-0", "s-video"]]);
    expect(await pairs("avatar_talk")).toEqual([["t-1", "s-video"], ["t-2", null]]);
    expect(await pairs("share_link")).toEqual([["l-dash", null], ["l-text", "s-text"], ["l-video", "s-video"]]);
    expect(await pairs("instructor_share")).toEqual([["i-dash", null], ["i-text", "s-text"], ["i-video", "s-video"]]);
    expect(await pairs("session_review")).toEqual([["r-text", "s-text"], ["r-video", "s-video"]]);
    expect(await pairs("review_comment")).toEqual([["k-text", "s-text"], ["k-video", "s-video"]]);
  });

  it("keeps what the children said about themselves: scores, offsets, scopes and tokens", async () => {
    expect(await query(`SELECT id, score, source::text, recording_offset_ms FROM session_answer ORDER BY id`)).toEqual([
      { id: "a-text-1", score: 6, source: "local", recording_offset_ms: null },
      { id: "a-text-2", score: 7, source: "gemini", recording_offset_ms: null },
      { id: "a-video-1", score: 7, source: "local", recording_offset_ms: 1500 },
    ]);
    expect(await query(`SELECT token, scope::text FROM share_link ORDER BY token`)).toEqual([
      { token: "token-dash", scope: "dashboard" },
      { token: "token-text", scope: "session" },
      { token: "token-video", scope: "session" },
    ]);
    expect(await query(`SELECT id, answer_id, offset_ms, body FROM review_comment ORDER BY id`)).toEqual([
      { id: "k-text", answer_id: "a-text-1", offset_ms: null, body: "Good start" },
      { id: "k-video", answer_id: "a-video-1", offset_ms: 61000, body: "Look at the camera here" },
    ]);
  });

  it("drops the old tables and enforces the new relations", async () => {
    const tables = await query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE '%interview_session'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(["interview_session"]);
    await expect(
      query(`INSERT INTO share_link (id, user_id, token, scope) VALUES ('bad', 'u-student', 'token-bad', 'session')`),
    ).rejects.toThrow(/share_link_scope_target/);
    await expect(
      query(`INSERT INTO session_answer (id, user_id, session_id, position, question_text, question_type)
        VALUES ('a-dup', 'u-student', 's-text', 1, 'Again?', 'technical')`),
    ).rejects.toThrow(/session_answer_session_id_position_key/);
    await query(`DELETE FROM interview_session WHERE id = 's-video'`);
    expect(await query(`SELECT count(*)::int AS n FROM session_recording`)).toEqual([{ n: 0 }]);
    expect(await query(`SELECT count(*)::int AS n FROM review_comment WHERE session_id = 's-video'`)).toEqual([{ n: 0 }]);
  });
});
