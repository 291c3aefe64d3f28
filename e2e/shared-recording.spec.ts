// A video interview's recording on a share link and for an instructor
// (docs/decisions/029), from a real recording: Chromium's MediaRecorder on a
// fake camera makes the WebM chunks, uploaded through the app's own routes. A
// visitor with the link watches it; a comment's moment and an answer's start
// seek it, by mouse and by keyboard; after revocation the next range is refused.
import { randomBytes, randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import config from "../playwright.config";
import { test, expect } from "./fixtures";

const launch = config.use?.launchOptions ?? {};
test.use({
  launchOptions: {
    ...launch,
    args: [...(launch.args ?? []), "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
  },
});

/** Records about three seconds from the fake camera in the owner's browser and uploads it as the session's recording. */
async function recordAndUpload(page: Page, sessionId: string): Promise<number> {
  await page.goto("/avatar-interview");
  return page.evaluate(async (id) => {
    const stream = await navigator.mediaDevices.getUserMedia({ video: { width: 320, height: 240 }, audio: false });
    const recorder = new MediaRecorder(stream, { mimeType: "video/webm;codecs=vp8" });
    const chunks: Blob[] = [];
    await new Promise<void>((resolve) => {
      recorder.ondataavailable = (event) => {
        if (event.data.size > 0) chunks.push(event.data);
        if (chunks.length === 6 && recorder.state === "recording") recorder.stop();
      };
      recorder.onstop = () => resolve();
      recorder.start(500);
    });
    stream.getTracks().forEach((track) => track.stop());
    const base = `/api/avatar-interview/sessions/${id}/recording`;
    for (const [index, chunk] of chunks.entries()) {
      const response = await fetch(`${base}/chunks?index=${index}`, { method: "POST", headers: { "Content-Type": "video/webm" }, body: chunk });
      if (!response.ok) throw new Error(`chunk ${index}: ${response.status}`);
    }
    const complete = await fetch(`${base}/complete`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ durationMs: 3000, mime: recorder.mimeType }),
    });
    if (!complete.ok) throw new Error(`complete: ${complete.status}`);
    return chunks.length;
  }, sessionId);
}

/** The page's recording player once it knows its length: readyState, duration, where it is. */
async function loadedPlayer(page: Page) {
  const video = page.getByTestId("recording-player").locator("video");
  await expect(video).toBeVisible();
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState >= 1 && Number.isFinite(element.duration) && element.duration > 0), {
      timeout: 20_000,
    })
    .toBe(true);
  return video;
}

const currentTime = (video: ReturnType<Page["locator"]>) => video.evaluate((element: HTMLVideoElement) => element.currentTime);

test("a visitor with the link watches the recording; moments seek it; revoking stops the next request", async ({ page, makeUser, loggedInPage, db }) => {
  test.setTimeout(120_000);
  const student = await makeUser("Vera Video");
  const instructor = await makeUser("Ivy Instructor");
  await db.query(`UPDATE "user" SET role = 'instructor' WHERE id = $1`, [instructor.id]);
  const sessionId = `v${randomUUID().replace(/-/g, "").slice(0, 20)}`;
  await db.query(
    `INSERT INTO interview_session (id, user_id, kind, role, company, questions_planned, questions_answered, average_score, completed)
     VALUES ($1, $2, 'avatar', 'Support lead', 'Initech', 1, 1, 7, true)`,
    [sessionId, student.id],
  );
  await db.query(`INSERT INTO session_recording (session_id) VALUES ($1)`, [sessionId]);
  await db.query(
    `INSERT INTO session_answer (id, user_id, session_id, position, question_text, question_type, answer_text, answered_at, score, source, evaluated_at, recording_offset_ms)
     VALUES ($1, $2, $3, 1, 'How do you calm an angry customer?', 'behavioral', 'I listen first, then restate the problem.', now(), 7, 'local', now(), 1000)`,
    [`a${sessionId}`, student.id, sessionId],
  );
  const studentPage = await loggedInPage(student);
  // Six chunks, and stop hands over one more.
  expect(await recordAndUpload(studentPage, sessionId)).toBeGreaterThanOrEqual(6);

  const token = randomBytes(32).toString("base64url");
  await db.query(`INSERT INTO share_link (id, user_id, token, scope, session_id) VALUES ($1, $2, $3, 'session', $4)`, [`l${sessionId}`, student.id, token, sessionId]);
  const share = `h${sessionId}`;
  await db.query(`INSERT INTO instructor_share (id, student_id, instructor_id, scope, session_id) VALUES ($1, $2, $3, 'session', $4)`, [share, student.id, instructor.id, sessionId]);
  await db.query(`INSERT INTO review_comment (id, instructor_id, student_id, session_id, answer_id, offset_ms, body) VALUES ($1, $2, $3, $4, $5, 2000, 'Eye contact drops here.')`, [
    `c${sessionId}`,
    instructor.id,
    student.id,
    sessionId,
    `a${sessionId}`,
  ]);

  // A visitor who is not logged in opens the link: the video loads from the link's own recording URL.
  const videoRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/recording")) videoRequests.push(new URL(request.url()).pathname);
  });
  expect((await page.goto(`/share/${token}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Support lead at Initech");
  const video = await loadedPlayer(page);
  expect(await video.evaluate((element: HTMLVideoElement) => element.videoWidth)).toBe(320);
  expect(new Set(videoRequests)).toEqual(new Set([`/api/share/${token}/recording`]));

  // The answer's start is a button that seeks the video there.
  await page.getByRole("button", { name: "Play the recording from 0:01" }).click();
  await expect.poll(() => currentTime(video)).toBeGreaterThanOrEqual(1);
  expect(await currentTime(video)).toBeLessThan(2.5);
  // The public link still shows no instructor comments.
  expect(await page.content()).not.toContain("Eye contact drops here.");

  // The instructor plays it too, and reaches the comment's moment with the keyboard.
  const instructorPage = await loggedInPage(instructor);
  await instructorPage.goto(`/instructor/sessions/avatar/${sessionId}`);
  const reviewed = await loadedPlayer(instructorPage);
  const moment = instructorPage.getByTestId("review-comment").getByRole("button", { name: "Play the recording from 0:02" });
  await expect(instructorPage.getByTestId("comment-moment")).toHaveText("video at 0:02");
  await moment.focus();
  await instructorPage.keyboard.press("Enter");
  await expect.poll(() => currentTime(reviewed)).toBeGreaterThanOrEqual(2);
  await expect(reviewed).toBeFocused();

  // Revoked while both players are open: the next range request of each is refused.
  const rangeStatus = (p: Page, url: string) =>
    p.evaluate(async (src) => (await fetch(src, { headers: { Range: "bytes=100-199" } })).status, url);
  expect(await rangeStatus(page, `/api/share/${token}/recording`)).toBe(206);
  await db.query(`UPDATE share_link SET revoked_at = now() WHERE token = $1`, [token]);
  expect(await rangeStatus(page, `/api/share/${token}/recording`)).toBe(404);
  const instructorSrc = `/api/avatar-interview/sessions/${sessionId}/recording`;
  expect(await rangeStatus(instructorPage, instructorSrc)).toBe(206);
  await db.query(`UPDATE instructor_share SET revoked_at = now() WHERE id = $1`, [share]);
  expect(await rangeStatus(instructorPage, instructorSrc)).toBe(404);
  // The owner still watches their own.
  expect(await rangeStatus(studentPage, instructorSrc)).toBe(206);
});
