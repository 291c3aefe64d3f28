// The avatar video interview end to end in Chromium with fake media devices:
// the interviewer speaks each question (its speaking state shows), answers are
// typed, the recording uploads in chunks, and the results page shows the video
// and the scores. Refusing the camera leaves a typing-only interview that works.
import type { Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import config from "../playwright.config";
import { test, expect } from "./fixtures";

const launch = config.use?.launchOptions ?? {};
test.use({
  launchOptions: {
    ...launch,
    args: [...(launch.args ?? []), "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
  },
});

/** Nothing scrolls sideways and axe finds no serious or critical problem. */
async function checkLayout(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${what}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

type SpeechWindow = { __utterances: { text: string }[]; __finishSpeech: () => void };

/**
 * Replaces speechSynthesis with one the test controls: an utterance "speaks"
 * until the test finishes it, so the speaking state is checked without timing.
 */
async function controlSpeech(page: Page) {
  await page.addInitScript(() => {
    type Utterance = { text: string; onstart: ((event: Event) => void) | null; onend: ((event: Event) => void) | null };
    const spoken: Utterance[] = [];
    const synth = {
      speaking: false,
      pending: false,
      paused: false,
      speak(utterance: Utterance) {
        spoken.push(utterance);
        queueMicrotask(() => utterance.onstart?.(new Event("start")));
      },
      cancel() {},
      pause() {},
      resume() {},
      getVoices: () => [],
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    Object.assign(window, { __utterances: spoken, __finishSpeech: () => spoken.at(-1)?.onend?.(new Event("end")) });
  });
}

async function startSession(page: Page, count: number) {
  await page.goto("/avatar-interview");
  await expect(page.getByRole("heading", { name: "Video interview", level: 1 })).toBeVisible();
  await page.getByLabel("Role").fill("Backend engineer");
  await page.getByLabel("Questions").fill(String(count));
  await page.getByRole("button", { name: "Start interview" }).click();
  await expect(page).toHaveURL(/\/avatar-interview\/[a-z0-9]+$/);
  return page.url().split("/").at(-1)!;
}

test("a 2-question video interview: the avatar speaks, the recording uploads, the results show the video and scores", async ({
  makeUser,
  loggedInPage,
  db,
}) => {
  test.setTimeout(120_000);
  const page = await loggedInPage(await makeUser());
  await controlSpeech(page);
  await page.goto("/avatar-interview");
  await expect(page.getByText("No video interviews yet")).toBeVisible();
  const sessionId = await startSession(page, 2);
  const { rows: created } = await db.query(
    "SELECT s.questions_planned, r.avatar_provider, (SELECT count(*)::int FROM session_answer WHERE session_id = $1) AS answers FROM interview_session s JOIN session_recording r ON r.session_id = s.id WHERE s.id = $1 AND s.kind = 'avatar'",
    [sessionId],
  );
  expect(created[0]).toEqual({ questions_planned: 2, avatar_provider: "local", answers: 2 });

  await page.getByRole("button", { name: "Turn on camera and microphone" }).click();
  await expect(page.getByText("Camera and microphone are on")).toBeVisible();
  await page.getByRole("button", { name: "Start interview", exact: true }).click();

  const interviewer = page.getByTestId("interviewer");
  for (const position of [1, 2]) {
    const question = page.locator("#current-question");
    await expect(page.getByText(`Question ${position} of 2`)).toBeVisible();
    await expect(interviewer).toHaveAttribute("data-state", "speaking");
    await expect(page.getByTestId("interviewer-status")).toHaveText("Interviewer is speaking…");
    await expect(page.getByTestId("avatar-provider-label")).toContainText("In-browser avatar");
    // What the avatar says is the question on screen.
    const said = await page.evaluate(() => (window as unknown as SpeechWindow).__utterances.at(-1)?.text);
    expect(said).toBe(await question.textContent());
    await page.evaluate(() => (window as unknown as SpeechWindow).__finishSpeech());
    await expect(interviewer).toHaveAttribute("data-state", "done");
    await expect(page.getByTestId("recording-status")).toHaveAttribute("data-state", "recording");
    await page
      .getByLabel("Your answer")
      .fill(
        `Answer ${position}: in my last role I owned the orders API. I added retries and alerts, and as a result errors fell by 80% in a month.`,
      );
    await page.getByRole("button", { name: position === 2 ? "Submit and finish" : "Submit answer" }).click();
  }

  await expect(page.getByRole("heading", { name: "Results" })).toBeVisible({ timeout: 60_000 });
  await expect(page.locator("video")).toBeVisible();
  await expect(page.getByTestId("feedback-card")).toHaveCount(2);
  await expect(page.getByTestId("answer-score")).toHaveCount(2);
  await expect(page.getByTestId("posture-score")).toBeVisible();
  await expect(page.getByTestId("engagement-score")).toBeVisible();
  await expect(page.getByTestId("analysis-note")).toContainText("reports only what the camera observes");
  await expect(page.getByTestId("session-avatar-provider")).toContainText("in-browser avatar");
  await checkLayout(page, "results with a recording");

  const { rows } = await db.query(
    `SELECT s.completed, s.questions_answered, s.average_score, r.video_recorded, r.storage_key, r.status::text AS recording_status,
            (SELECT count(*)::int FROM recording_chunk c WHERE c.session_id = s.id) AS chunks,
            (SELECT count(*)::int FROM session_answer a WHERE a.session_id = s.id AND a.recording_offset_ms IS NOT NULL AND a.score IS NOT NULL) AS placed
       FROM interview_session s JOIN session_recording r ON r.session_id = s.id WHERE s.id = $1`,
    [sessionId],
  );
  expect(rows[0]).toMatchObject({
    completed: true,
    questions_answered: 2,
    video_recorded: true,
    recording_status: "complete",
    placed: 2,
  });
  expect(rows[0].chunks).toBeGreaterThan(0);
  expect(rows[0].storage_key).toBeTruthy();
  expect(rows[0].average_score).toBeGreaterThan(0);

  await page.goto("/avatar-interview");
  await expect(
    page.getByRole("list", { name: "Past video interviews" }).getByRole("link", { name: "Backend engineer" }),
  ).toBeVisible();
});

test("camera refused and no speech synthesis: the interview runs by typing, the question still shows as spoken, nothing is recorded", async ({
  makeUser,
  loggedInPage,
  db,
}) => {
  const page = await loggedInPage(await makeUser());
  await page.addInitScript(() => {
    Object.defineProperty(window, "speechSynthesis", { value: undefined, configurable: true });
    navigator.mediaDevices.getUserMedia = () =>
      Promise.reject(new DOMException("Permission denied", "NotAllowedError"));
  });
  const sessionId = await startSession(page, 1);
  await page.getByRole("button", { name: "Turn on camera and microphone" }).click();
  await expect(page.getByTestId("media-message")).toContainText("Camera and microphone access was refused");
  await expect(page.getByTestId("media-message")).toContainText("typing");
  await page.getByRole("button", { name: "Start interview (typing only)" }).click();

  // Without speech synthesis the avatar still shows it is asking, and the question is on screen.
  await expect(page.getByTestId("interviewer")).toHaveAttribute("data-state", "speaking");
  await expect(page.locator("#current-question")).not.toBeEmpty();
  await expect(page.getByTestId("recording-status")).toHaveText("Typing only: nothing is recorded.");
  await page.getByLabel("Your answer").fill("I led the migration to PostgreSQL and cut query time by half.");
  await page.getByRole("button", { name: "Submit and finish" }).click();

  await expect(page.getByRole("heading", { name: "Results" })).toBeVisible();
  await expect(page.getByText("This session was not recorded")).toBeVisible();
  await expect(page.getByTestId("answer-score")).toHaveCount(1);
  const { rows } = await db.query(
    "SELECT s.completed, r.video_recorded, r.status::text AS recording_status, (SELECT count(*)::int FROM recording_chunk WHERE session_id = $1) AS chunks FROM interview_session s JOIN session_recording r ON r.session_id = s.id WHERE s.id = $1",
    [sessionId],
  );
  expect(rows[0]).toEqual({ completed: true, video_recorded: false, recording_status: "none", chunks: 0 });
});

test("no camera at all: the page says so and offers typing", async ({ makeUser, loggedInPage }) => {
  const page = await loggedInPage(await makeUser());
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () =>
      Promise.reject(new DOMException("Requested device not found", "NotFoundError"));
  });
  await startSession(page, 1);
  await page.getByRole("button", { name: "Turn on camera and microphone" }).click();
  await expect(page.getByTestId("media-message")).toContainText("No camera or microphone was found");
  await expect(page.getByRole("button", { name: "Start interview (typing only)" })).toBeEnabled();
});

test("fits a 375 px screen and passes axe at every step", async ({ makeUser, loggedInPage }) => {
  const page = await loggedInPage(await makeUser());
  await page.setViewportSize({ width: 375, height: 800 });
  await controlSpeech(page);
  await page.goto("/avatar-interview");
  await checkLayout(page, "setup");
  await startSession(page, 1);
  await page.getByRole("button", { name: "Turn on camera and microphone" }).click();
  await expect(page.getByText("Camera and microphone are on")).toBeVisible();
  await checkLayout(page, "permission step");
  await page.getByRole("button", { name: "Start interview", exact: true }).click();
  await expect(page.getByTestId("interviewer")).toHaveAttribute("data-state", "speaking");
  await checkLayout(page, "interview");
  await page.evaluate(() => (window as unknown as SpeechWindow).__finishSpeech());
  await page.getByLabel("Your answer").fill("I would start by clarifying the requirements, then measure before optimising.");
  await page.getByRole("button", { name: "Submit and finish" }).click();
  await expect(page.getByRole("heading", { name: "Results" })).toBeVisible({ timeout: 60_000 });
  await checkLayout(page, "results");
});
