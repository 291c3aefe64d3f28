// The authorization matrix for pages and route handlers. It walks app/ for
// every route handler and takes every page with a dynamic segment from the page
// list (lib/pages.ts); each must have an entry below, pages by their path. Pages
// and routes that show one user's data are requested by a second user, who must
// get a 404. A new route or page without an entry fails.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { randomBytes, randomUUID } from "node:crypto";
import type pg from "pg";
import { test, expect, type TestUser } from "./fixtures";
import type { Page } from "@playwright/test";
import { PNG_1PX } from "../tests/fixtures/files";
import { WEBM_HEADER } from "../tests/fixtures/webm";
import { PAGES, isDynamic } from "../lib/pages";

type Owned = {
  kind: "owned";
  url: (owner: TestUser, db: pg.Pool, page: Page) => Promise<string>;
  /** For routes that write: the body the intruder posts, and how to tell nothing changed. */
  post?: { data: (url: string) => unknown; unchanged: (db: pg.Pool, url: string) => Promise<boolean> };
};
type NotOwned = { kind: "reference" | "no-user-ids" | "public"; why: string };
/**
 * Routes a share link's token opens for anyone: the token is the authorization.
 * Checked: a visitor without a login reads it, a made-up token and the revoked
 * link answer 404.
 */
type Linked = { kind: "token"; url: (owner: TestUser, db: pg.Pool, page: Page) => Promise<{ url: string; token: string }> };
type Entry = Owned | NotOwned | Linked;

async function insertAiSession(owner: TestUser, db: pg.Pool): Promise<string> {
  const id = `s${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  await db.query(`INSERT INTO interview_session (id, user_id, kind, role) VALUES ($1, $2, 'text', 'Owner role')`, [id, owner.id]);
  await db.query(
    `INSERT INTO session_answer (id, user_id, session_id, position, question_text, question_type) VALUES ($1, $2, $3, 1, 'Owner question', 'behavioral')`,
    [`a${id}`, owner.id, id],
  );
  return id;
}

async function insertInterview(owner: TestUser, db: pg.Pool): Promise<string> {
  const id = `i${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  await db.query(
    `INSERT INTO interview (id, user_id, company, position, date, updated_at) VALUES ($1, $2, 'Owner Co', 'Dev', now() + interval '3 days', now())`,
    [id, owner.id],
  );
  return id;
}

const newId = (prefix: string) => `${prefix}${randomUUID().replace(/-/g, "").slice(0, 20)}`;

async function insertEnglishSession(owner: TestUser, db: pg.Pool): Promise<string> {
  const id = newId("e");
  await db.query(
    `INSERT INTO english_booster_session (id, user_id, session_type, exercises_completed, score, completed) VALUES ($1, $2, 'vocabulary', 1, 100, true)`,
    [id, owner.id],
  );
  return id;
}

async function insertResume(owner: TestUser, db: pg.Pool): Promise<string> {
  const id = newId("r");
  await db.query(
    `INSERT INTO resume_upload (id, user_id, filename, original_filename, text_content, analysis_score) VALUES ($1, $2, $3, 'Owner Co resume.pdf', 'Owner Co', 50)`,
    [id, owner.id, `users/${owner.id}/resumes/${id}.pdf`],
  );
  return id;
}

async function insertRoadmap(owner: TestUser, db: pg.Pool): Promise<string> {
  const id = newId("m");
  await db.query(
    `INSERT INTO career_roadmap (id, user_id, "current_role", target_role, experience_years, status, error, updated_at) VALUES ($1, $2, 'Owner Co analyst', 'Backend engineer', 2, 'failed', 'test', now())`,
    [id, owner.id],
  );
  return id;
}

async function insertAvatarSession(owner: TestUser, db: pg.Pool): Promise<string> {
  const id = newId("v");
  await db.query(`INSERT INTO interview_session (id, user_id, kind, role, questions_planned) VALUES ($1, $2, 'avatar', 'Owner Co role', 1)`, [id, owner.id]);
  await db.query(`INSERT INTO session_recording (session_id) VALUES ($1)`, [id]);
  await db.query(
    `INSERT INTO session_answer (id, user_id, session_id, position, question_text, question_type) VALUES ($1, $2, $3, 1, 'Owner question', 'behavioral')`,
    [`a${id}`, owner.id, id],
  );
  return id;
}

/** A finished D-ID talk; its "video" is this server's health JSON so the owner's request succeeds without D-ID. */
async function insertTalk(owner: TestUser, db: pg.Pool): Promise<string> {
  const id = newId("t");
  await db.query(
    `INSERT INTO avatar_talk (id, user_id, provider_talk_id, status, result_url, updated_at) VALUES ($1, $2, $3, 'done', $4, now())`,
    [id, owner.id, `tlk_${id}`, `http://localhost:${process.env.E2E_PORT ?? "3100"}/api/health`],
  );
  return id;
}

/** Makes the owner an instructor with a student's AI session shared with them (for the instructor pages). */
async function sharedWithOwner(owner: TestUser, db: pg.Pool): Promise<{ studentId: string; sessionId: string }> {
  await db.query(`UPDATE "user" SET role = 'instructor' WHERE id = $1`, [owner.id]);
  const studentId = newId("u");
  await db.query(`INSERT INTO "user" (id, name, email, password_hash, updated_at) VALUES ($1, 'Owner Co student', $2, 'x', now())`, [studentId, `${studentId}@example.test`]);
  const sessionId = await insertAiSession({ ...owner, id: studentId }, db);
  await db.query(`INSERT INTO instructor_share (id, student_id, instructor_id, scope, session_id) VALUES ($1, $2, $3, 'session', $4)`, [newId("h"), studentId, owner.id, sessionId]);
  return { studentId, sessionId };
}

/** A share link of one of the owner's sessions; returns its token. */
async function insertShareLink(owner: TestUser, db: pg.Pool, sessionId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.query(`INSERT INTO share_link (id, user_id, token, scope, session_id) VALUES ($1, $2, $3, 'session', $4)`, [newId("l"), owner.id, token, sessionId]);
  return token;
}

/** A join code in the shape the cohort table's CHECK allows. */
const joinCode = () => Array.from({ length: 8 }, () => "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"[Math.floor(Math.random() * 32)]).join("");

/** Makes the owner an instructor with a set assigned to a cohort (for the cohort pages). */
async function cohortOfOwner(owner: TestUser, db: pg.Pool): Promise<{ setId: string; cohortId: string }> {
  await db.query(`UPDATE "user" SET role = 'instructor' WHERE id = $1`, [owner.id]);
  const setId = newId("q");
  const cohortId = newId("c");
  await db.query(`INSERT INTO question_set (id, instructor_id, name) VALUES ($1, $2, 'Owner Co set')`, [setId, owner.id]);
  await db.query(`INSERT INTO question_set_item (id, set_id, position, text, type) VALUES ($1, $2, 1, 'Owner Co question', 'behavioral')`, [newId("i"), setId]);
  await db.query(`INSERT INTO cohort (id, instructor_id, name, join_code) VALUES ($1, $2, 'Owner Co cohort', $3)`, [cohortId, owner.id, joinCode()]);
  await db.query(`INSERT INTO cohort_assignment (id, cohort_id, set_id) VALUES ($1, $2, $3)`, [newId("a"), cohortId, setId]);
  return { setId, cohortId };
}

const ENTRIES: Record<string, Entry> = {
  "/ai-interview/[id]": { kind: "owned", url: async (o, db) => `/ai-interview/${await insertAiSession(o, db)}` },
  "/interviews/[id]": { kind: "owned", url: async (o, db) => `/interviews/${await insertInterview(o, db)}` },
  "/interviews/[id]/edit": { kind: "owned", url: async (o, db) => `/interviews/${await insertInterview(o, db)}/edit` },
  "app/api/files/[...key]/route.ts": {
    kind: "owned",
    url: async (_owner, _db, page) => {
      await page.goto("/profile");
      await page.getByLabel("Profile photo").setInputFiles({ name: "me.png", mimeType: "image/png", buffer: PNG_1PX });
      await page.getByRole("button", { name: "Save profile" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Profile saved." })).toHaveText("Profile saved.");
      await page.reload();
      return (await page.getByRole("navigation").getByRole("img").getAttribute("src"))!;
    },
  },
  "app/api/ai-interview/sessions/[id]/answers/route.ts": {
    kind: "owned",
    url: async (o, db) => `/api/ai-interview/sessions/${await insertAiSession(o, db)}/answers`,
    post: {
      data: (url) => ({ answerId: `a${url.split("/")[4]}`, answer: "intruder's answer" }),
      unchanged: async (db, url) => {
        const { rows } = await db.query("SELECT answer_text FROM session_answer WHERE session_id = $1", [url.split("/")[4]]);
        return rows.length === 1 && rows[0].answer_text === null;
      },
    },
  },
  "/english/sessions/[id]": { kind: "owned", url: async (o, db) => `/english/sessions/${await insertEnglishSession(o, db)}` },
  "/resume/[id]": { kind: "owned", url: async (o, db) => `/resume/${await insertResume(o, db)}` },
  "/roadmap/[id]": { kind: "owned", url: async (o, db) => `/roadmap/${await insertRoadmap(o, db)}` },
  "app/api/roadmap/[id]/route.ts": { kind: "owned", url: async (o, db) => `/api/roadmap/${await insertRoadmap(o, db)}` },
  "/avatar-interview/[id]": { kind: "owned", url: async (o, db) => `/avatar-interview/${await insertAvatarSession(o, db)}` },
  "app/api/avatar-interview/sessions/route.ts": { kind: "no-user-ids", why: "creates a video interview for the caller" },
  "app/api/avatar-interview/sessions/[id]/answers/route.ts": {
    kind: "owned",
    url: async (o, db) => `/api/avatar-interview/sessions/${await insertAvatarSession(o, db)}/answers`,
    post: {
      data: (url) => ({ answerId: `a${url.split("/")[4]}`, answer: "intruder's answer", recordingOffsetMs: 5 }),
      unchanged: async (db, url) => {
        const { rows } = await db.query("SELECT answer_text, recording_offset_ms FROM session_answer WHERE session_id = $1", [url.split("/")[4]]);
        return rows.length === 1 && rows[0].answer_text === null && rows[0].recording_offset_ms === null;
      },
    },
  },
  "app/api/avatar/talks/route.ts": {
    kind: "owned",
    // The route ignores the query string; it carries the owner's session id to the intruder's body.
    url: async (o, db) => `/api/avatar/talks?session=${await insertAvatarSession(o, db)}`,
    post: {
      data: (url) => ({ text: "Intruder's question", sessionId: new URL(url, "http://x").searchParams.get("session") }),
      unchanged: async (db, url) => {
        const { rows } = await db.query("SELECT count(*)::int AS n FROM avatar_talk WHERE session_id = $1", [new URL(url, "http://x").searchParams.get("session")]);
        return rows[0].n === 0;
      },
    },
  },
  "app/api/avatar/talks/[id]/route.ts": { kind: "owned", url: async (o, db) => `/api/avatar/talks/${await insertTalk(o, db)}` },
  "app/api/avatar/talks/[id]/video/route.ts": { kind: "owned", url: async (o, db) => `/api/avatar/talks/${await insertTalk(o, db)}/video` },
  "app/api/avatar-interview/sessions/[id]/recording/route.ts": {
    kind: "owned",
    url: async (o, db, page) => {
      const url = `/api/avatar-interview/sessions/${await insertAvatarSession(o, db)}/recording`;
      const upload = await page.request.post(`${url}/chunks?index=0`, { data: WEBM_HEADER, headers: { "Content-Type": "video/webm" } });
      expect(upload.status(), "the owner can upload a chunk").toBe(200);
      return url;
    },
  },
  "app/api/avatar-interview/sessions/[id]/recording/chunks/route.ts": {
    kind: "owned",
    url: async (o, db) => `/api/avatar-interview/sessions/${await insertAvatarSession(o, db)}/recording/chunks?index=0`,
    post: {
      data: () => ({ intruder: true }),
      unchanged: async (db, url) => {
        const { rows } = await db.query(
          "SELECT r.status::text AS status, r.bytes::int AS bytes, (SELECT count(*)::int FROM recording_chunk c WHERE c.session_id = r.session_id) AS chunks FROM session_recording r WHERE r.session_id = $1",
          [url.split("/")[4]],
        );
        return rows[0].status === "none" && rows[0].bytes === 0 && rows[0].chunks === 0;
      },
    },
  },
  "app/api/avatar-interview/sessions/[id]/recording/complete/route.ts": {
    kind: "owned",
    url: async (o, db) => `/api/avatar-interview/sessions/${await insertAvatarSession(o, db)}/recording/complete`,
    post: {
      data: () => ({ durationMs: 1000, mime: "video/webm" }),
      unchanged: async (db, url) => {
        const { rows } = await db.query("SELECT status::text AS status, video_recorded FROM session_recording WHERE session_id = $1", [url.split("/")[4]]);
        return rows[0].status === "none" && rows[0].video_recorded === false;
      },
    },
  },
  "app/api/avatar-interview/sessions/[id]/samples/route.ts": {
    kind: "owned",
    url: async (o, db) => `/api/avatar-interview/sessions/${await insertAvatarSession(o, db)}/samples`,
    post: {
      data: () => ({ samples: [{ offsetMs: 0, faceVisible: true, lookingAtCamera: true }] }),
      unchanged: async (db, url) => {
        const { rows } = await db.query("SELECT count(*)::int AS n FROM face_analysis_sample WHERE session_id = $1", [url.split("/")[4]]);
        return rows[0].n === 0;
      },
    },
  },
  "app/api/models/[...path]/route.ts": { kind: "public", why: "face/posture model files and tfjs wasm from node_modules, the same for everyone; no user data" },
  "/resources/[slug]": { kind: "reference", why: "a published guide, the same for every user" },
  "app/api/resources/[slug]/pdf/route.ts": { kind: "reference", why: "a published guide as PDF, the same for every user" },
  "app/api/english/grammar/route.ts": { kind: "no-user-ids", why: "checks the posted text; reads no stored user data" },
  "/dsa/problems/[slug]": { kind: "reference", why: "a catalogue problem; the page shows only the caller's own attempts" },
  "/company-prep/[slug]": { kind: "reference", why: "a company profile; the page shows only the caller's own progress" },
  "app/api/ai-interview/sessions/route.ts": { kind: "no-user-ids", why: "creates a session for the caller" },
  "app/api/ai/evaluate/route.ts": { kind: "no-user-ids", why: "scores the posted text; reads no stored user data" },
  "app/api/ai/follow-up/route.ts": { kind: "no-user-ids", why: "asks a follow-up to the posted text; reads no stored user data" },
  "app/api/ai/questions/route.ts": { kind: "no-user-ids", why: "returns bank or AI questions; reads only the caller's recent question ids and active resume" },
  "app/api/transcribe/route.ts": { kind: "no-user-ids", why: "turns the caller's own upload into text; reads and stores nothing of any user" },
  "app/api/health/route.ts": { kind: "public", why: "health check" },
  "app/serwist/[path]/route.ts": { kind: "public", why: "the service worker script, built at build time; no user data" },
  "app/api/bench/ping/route.ts": { kind: "public", why: "benchmark ceiling; 404 unless BENCH=1" },
  "app/api/auth/[...nextauth]/route.ts": { kind: "public", why: "next-auth's own endpoints" },
  "app/api/[...path]/route.ts": { kind: "public", why: "JSON 404 for unknown API paths" },
  "/instructor/students/[studentId]": {
    kind: "owned",
    url: async (o, db) => `/instructor/students/${(await sharedWithOwner(o, db)).studentId}`,
  },
  "/instructor/sessions/[kind]/[id]": {
    kind: "owned",
    url: async (o, db) => `/instructor/sessions/ai/${(await sharedWithOwner(o, db)).sessionId}`,
  },
  "/instructor/sets/[id]": { kind: "owned", url: async (o, db) => `/instructor/sets/${(await cohortOfOwner(o, db)).setId}` },
  "/instructor/cohorts/[id]": { kind: "owned", url: async (o, db) => `/instructor/cohorts/${(await cohortOfOwner(o, db)).cohortId}` },
  "/share/[token]": {
    kind: "token",
    url: async (o, db) => {
      const token = await insertShareLink(o, db, await insertAiSession(o, db));
      return { url: `/share/${token}`, token };
    },
  },
  "app/api/share/[token]/recording/route.ts": {
    kind: "token",
    url: async (o, db, page) => {
      const sessionId = await insertAvatarSession(o, db);
      const upload = await page.request.post(`/api/avatar-interview/sessions/${sessionId}/recording/chunks?index=0`, {
        data: WEBM_HEADER,
        headers: { "Content-Type": "video/webm" },
      });
      expect(upload.status(), "the owner can upload a chunk").toBe(200);
      const token = await insertShareLink(o, db, sessionId);
      return { url: `/api/share/${token}/recording`, token };
    },
  },
};

function routeHandlers(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeHandlers(path);
    return name === "route.ts" ? [relative(process.cwd(), path)] : [];
  });
}

test("every route handler and dynamic page is in the authorization matrix", () => {
  // Pages come from the page list, which tests/unit/pages.test.ts holds to app/'s page files.
  const dynamicPages = PAGES.filter(isDynamic).map((page) => page.path);
  const found = [...routeHandlers(join(process.cwd(), "app")), ...dynamicPages].sort();
  expect(found.filter((file) => !(file in ENTRIES)), "add these to ENTRIES in e2e/authorization.spec.ts").toEqual([]);
  expect(Object.keys(ENTRIES).filter((file) => !found.includes(file)), "stale entries").toEqual([]);
});

for (const [file, entry] of Object.entries(ENTRIES)) {
  if (entry.kind !== "owned") continue;
  test(`another user gets 404 from ${file}`, async ({ makeUser, loggedInPage, db }) => {
    const owner = await makeUser("Owner");
    const ownerPage = await loggedInPage(owner);
    const url = await entry.url(owner, db, ownerPage);
    const intruderPage = await loggedInPage(await makeUser("Intruder"));
    if (entry.post) {
      const response = await intruderPage.request.post(url, { data: entry.post.data(url) });
      expect(response.status()).toBe(404);
      expect(await entry.post.unchanged(db, url), "the owner's data changed").toBe(true);
      return;
    }
    expect((await ownerPage.request.get(url)).status(), "the owner can read it").toBe(200);
    const response = await intruderPage.request.get(url);
    expect(response.status()).toBe(404);
    expect(await response.text()).not.toContain("Owner Co");
  });
}

for (const [file, entry] of Object.entries(ENTRIES)) {
  if (entry.kind !== "token") continue;
  test(`only a live token opens ${file}`, async ({ makeUser, loggedInPage, db, browser }) => {
    const owner = await makeUser("Owner");
    const { url, token } = await entry.url(owner, db, await loggedInPage(owner));
    const visitor = await browser.newContext();
    try {
      expect((await visitor.request.get(url)).status(), "a visitor with the link, not logged in").toBe(200);
      const madeUp = await visitor.request.get(url.replace(token, randomBytes(32).toString("base64url")));
      expect(madeUp.status(), "a made-up token").toBe(404);
      await db.query("UPDATE share_link SET revoked_at = now() WHERE token = $1", [token]);
      const revoked = await visitor.request.get(url);
      expect(revoked.status(), "the revoked link").toBe(404);
      expect(await revoked.text()).not.toContain("Owner");
    } finally {
      await visitor.close();
    }
  });
}

// The intruder above is a student; for the cohort pages the one who could misuse them is another instructor.
test("another instructor gets 404 from an instructor's set and cohort pages", async ({ makeUser, loggedInPage, db }) => {
  const owner = await makeUser("Owner");
  const { setId, cohortId } = await cohortOfOwner(owner, db);
  const other = await makeUser("Other instructor");
  await db.query(`UPDATE "user" SET role = 'instructor' WHERE id = $1`, [other.id]);
  const page = await loggedInPage(other);
  for (const url of [`/instructor/sets/${setId}`, `/instructor/cohorts/${cohortId}`]) {
    const response = await page.request.get(url);
    expect(response.status(), url).toBe(404);
    expect(await response.text()).not.toContain("Owner Co");
  }
});
