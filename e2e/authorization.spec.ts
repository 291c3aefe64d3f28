// The authorization matrix for pages and route handlers. It walks app/ for
// every route handler and takes every page with a dynamic segment from the page
// list (lib/pages.ts); each must have an entry below, pages by their path. Pages
// and routes that show one user's data are requested by a second user, who must
// get a 404. A new route or page without an entry fails.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type pg from "pg";
import { test, expect, type TestUser } from "./fixtures";
import type { Factories } from "../tests/factories";
import type { PrismaClient } from "../prisma/generated/client/client";
import type { Page } from "@playwright/test";
import { PNG_1PX } from "../tests/fixtures/files";
import { WEBM_HEADER } from "../tests/fixtures/webm";
import { PAGES, isDynamic } from "../lib/pages";

type Owned = {
  kind: "owned";
  url: (owner: TestUser, seed: Seed, page: Page) => Promise<string>;
  /** For routes that write: the body the intruder posts, and how to tell nothing changed. */
  post?: { data: (url: string) => unknown; unchanged: (db: pg.Pool, url: string) => Promise<boolean> };
};
type NotOwned = { kind: "reference" | "no-user-ids" | "public"; why: string };
type Entry = Owned | NotOwned;

/** How an entry makes the owner's rows: the shared factories, and Prisma for changing the owner's own row. */
type Seed = { factories: Factories; prisma: PrismaClient };

async function insertAiSession(owner: Pick<TestUser, "id">, { factories }: Seed): Promise<string> {
  const { id } = await factories.createSession(owner.id, { role: "Owner role", answers: [{ questionText: "Owner question" }] });
  return id;
}

async function insertInterview(owner: TestUser, { factories }: Seed): Promise<string> {
  const { id } = await factories.createInterview(owner.id, { company: "Owner Co", position: "Dev", date: new Date(Date.now() + 3 * 24 * 60 * 60 * 1000) });
  return id;
}

async function insertEnglishSession(owner: TestUser, { factories }: Seed): Promise<string> {
  const { id } = await factories.createEnglishSession(owner.id, { sessionType: "vocabulary", exercisesCompleted: 1, score: 100, completed: true });
  return id;
}

async function insertResume(owner: TestUser, { factories }: Seed): Promise<string> {
  const { id } = await factories.createResume(owner.id, { originalFilename: "Owner Co resume.pdf", textContent: "Owner Co", analysisScore: 50 });
  return id;
}

async function insertRoadmap(owner: TestUser, { factories }: Seed): Promise<string> {
  const { id } = await factories.createRoadmap(owner.id, { currentRole: "Owner Co analyst", targetRole: "Backend engineer", experienceYears: 2, status: "failed", error: "test" });
  return id;
}

async function insertAvatarSession(owner: TestUser, { factories }: Seed): Promise<string> {
  const { id } = await factories.createSession(owner.id, { kind: "avatar", role: "Owner Co role", answers: [{ questionText: "Owner question" }] });
  return id;
}

/** A finished D-ID talk; its "video" is an e2e server's health JSON so the owner's request succeeds without D-ID. */
async function insertTalk(owner: TestUser, { factories }: Seed): Promise<string> {
  const { id } = await factories.createTalk(owner.id, { status: "done", resultUrl: `http://localhost:${process.env.E2E_PORT ?? "3100"}/api/health` });
  return id;
}

/** Makes the owner an instructor with a student's AI session shared with them (for the instructor pages). */
async function sharedWithOwner(owner: TestUser, seed: Seed): Promise<{ studentId: string; sessionId: string }> {
  await seed.prisma.user.update({ where: { id: owner.id }, data: { role: "instructor" } });
  const student = await seed.factories.createUser({ name: "Owner Co student" });
  const sessionId = await insertAiSession(student, seed);
  await seed.factories.createInstructorShare(student.id, owner.id, { sessionId });
  return { studentId: student.id, sessionId };
}

const ENTRIES: Record<string, Entry> = {
  "/ai-interview/[id]": { kind: "owned", url: async (o, seed) => `/ai-interview/${await insertAiSession(o, seed)}` },
  "/interviews/[id]": { kind: "owned", url: async (o, seed) => `/interviews/${await insertInterview(o, seed)}` },
  "/interviews/[id]/edit": { kind: "owned", url: async (o, seed) => `/interviews/${await insertInterview(o, seed)}/edit` },
  "app/api/files/[...key]/route.ts": {
    kind: "owned",
    url: async (_owner, _seed, page) => {
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
    url: async (o, seed) => `/api/ai-interview/sessions/${await insertAiSession(o, seed)}/answers`,
    post: {
      data: (url) => ({ answerId: `a${url.split("/")[4]}`, answer: "intruder's answer" }),
      unchanged: async (db, url) => {
        const { rows } = await db.query("SELECT answer_text FROM session_answer WHERE session_id = $1", [url.split("/")[4]]);
        return rows.length === 1 && rows[0].answer_text === null;
      },
    },
  },
  "/english/sessions/[id]": { kind: "owned", url: async (o, seed) => `/english/sessions/${await insertEnglishSession(o, seed)}` },
  "/resume/[id]": { kind: "owned", url: async (o, seed) => `/resume/${await insertResume(o, seed)}` },
  "/roadmap/[id]": { kind: "owned", url: async (o, seed) => `/roadmap/${await insertRoadmap(o, seed)}` },
  "app/api/roadmap/[id]/route.ts": { kind: "owned", url: async (o, seed) => `/api/roadmap/${await insertRoadmap(o, seed)}` },
  "/avatar-interview/[id]": { kind: "owned", url: async (o, seed) => `/avatar-interview/${await insertAvatarSession(o, seed)}` },
  "app/api/avatar-interview/sessions/route.ts": { kind: "no-user-ids", why: "creates a video interview for the caller" },
  "app/api/avatar-interview/sessions/[id]/answers/route.ts": {
    kind: "owned",
    url: async (o, seed) => `/api/avatar-interview/sessions/${await insertAvatarSession(o, seed)}/answers`,
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
    url: async (o, seed) => `/api/avatar/talks?session=${await insertAvatarSession(o, seed)}`,
    post: {
      data: (url) => ({ text: "Intruder's question", sessionId: new URL(url, "http://x").searchParams.get("session") }),
      unchanged: async (db, url) => {
        const { rows } = await db.query("SELECT count(*)::int AS n FROM avatar_talk WHERE session_id = $1", [new URL(url, "http://x").searchParams.get("session")]);
        return rows[0].n === 0;
      },
    },
  },
  "app/api/avatar/talks/[id]/route.ts": { kind: "owned", url: async (o, seed) => `/api/avatar/talks/${await insertTalk(o, seed)}` },
  "app/api/avatar/talks/[id]/video/route.ts": { kind: "owned", url: async (o, seed) => `/api/avatar/talks/${await insertTalk(o, seed)}/video` },
  "app/api/avatar-interview/sessions/[id]/recording/route.ts": {
    kind: "owned",
    url: async (o, seed, page) => {
      const url = `/api/avatar-interview/sessions/${await insertAvatarSession(o, seed)}/recording`;
      const upload = await page.request.post(`${url}/chunks?index=0`, { data: WEBM_HEADER, headers: { "Content-Type": "video/webm" } });
      expect(upload.status(), "the owner can upload a chunk").toBe(200);
      return url;
    },
  },
  "app/api/avatar-interview/sessions/[id]/recording/chunks/route.ts": {
    kind: "owned",
    url: async (o, seed) => `/api/avatar-interview/sessions/${await insertAvatarSession(o, seed)}/recording/chunks?index=0`,
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
    url: async (o, seed) => `/api/avatar-interview/sessions/${await insertAvatarSession(o, seed)}/recording/complete`,
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
    url: async (o, seed) => `/api/avatar-interview/sessions/${await insertAvatarSession(o, seed)}/samples`,
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
  "app/api/ai/questions/route.ts": { kind: "no-user-ids", why: "returns bank or Gemini questions; reads only the caller's recent question ids" },
  "app/api/health/route.ts": { kind: "public", why: "health check" },
  "app/serwist/[path]/route.ts": { kind: "public", why: "the service worker script, built at build time; no user data" },
  "app/api/bench/ping/route.ts": { kind: "public", why: "benchmark ceiling; 404 unless BENCH=1" },
  "app/api/auth/[...nextauth]/route.ts": { kind: "public", why: "next-auth's own endpoints" },
  "app/api/[...path]/route.ts": { kind: "public", why: "JSON 404 for unknown API paths" },
  "/instructor/students/[studentId]": {
    kind: "owned",
    url: async (o, seed) => `/instructor/students/${(await sharedWithOwner(o, seed)).studentId}`,
  },
  "/instructor/sessions/[kind]/[id]": {
    kind: "owned",
    url: async (o, seed) => `/instructor/sessions/ai/${(await sharedWithOwner(o, seed)).sessionId}`,
  },
  "/share/[token]": {
    kind: "public",
    why: "a share link is public to whoever holds its 256-bit token; e2e/sharing.spec.ts proves revoked and bad tokens answer 404",
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
  test(`another user gets 404 from ${file}`, async ({ makeUser, loggedInPage, db, factories, prisma }) => {
    const owner = await makeUser("Owner");
    const ownerPage = await loggedInPage(owner);
    const url = await entry.url(owner, { factories, prisma }, ownerPage);
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
