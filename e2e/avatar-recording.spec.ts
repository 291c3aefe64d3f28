// Recording and on-device analysis in real Chromium with fake media devices:
// MediaRecorder's own WebM chunks upload in order (a resent chunk is harmless),
// the stitched recording plays and seeks; and the face analysis loads its models
// from this app (nothing from outside) and posts samples.
import config from "../playwright.config";
import { test, expect } from "./fixtures";

const launch = config.use?.launchOptions ?? {};
test.use({
  launchOptions: {
    ...launch,
    args: [...(launch.args ?? []), "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
  },
});

test("MediaRecorder chunks upload in order, a resent chunk is not duplicated, and the recording plays and seeks", async ({ makeUser, loggedInPage, db, factories }) => {
  test.setTimeout(90_000);
  const owner = await makeUser();
  const page = await loggedInPage(owner);
  const { id: sessionId } = await factories.createSession(owner.id, { kind: "avatar", role: "Recorder test" });
  await page.goto("/avatar-interview");

  const uploaded = await page.evaluate(async (id) => {
    const stream = await navigator.mediaDevices.getUserMedia({ video: { width: 320, height: 240 }, audio: true });
    const recorder = new MediaRecorder(stream, { mimeType: "video/webm;codecs=vp8,opus" });
    const chunks: Blob[] = [];
    // Four chunks, then stop (which hands over one more): driven by the recorder's own events.
    await new Promise<void>((resolve) => {
      recorder.ondataavailable = (event) => {
        if (event.data.size > 0) chunks.push(event.data);
        if (chunks.length === 4 && recorder.state === "recording") recorder.stop();
      };
      recorder.onstop = () => resolve();
      recorder.start(400);
    });
    stream.getTracks().forEach((track) => track.stop());
    const base = `/api/avatar-interview/sessions/${id}/recording`;
    const send = (index: number) =>
      fetch(`${base}/chunks?index=${index}`, { method: "POST", headers: { "Content-Type": "video/webm" }, body: chunks[index] });
    const replies: { status: number; body: { index: number; nextIndex: number; receivedBytes: number } }[] = [];
    for (let index = 0; index < chunks.length; index += 1) {
      const response = await send(index);
      replies.push({ status: response.status, body: await response.json() });
    }
    const resent = await send(1);
    const first = new Uint8Array(await chunks[0]!.slice(0, 4).arrayBuffer());
    const complete = await fetch(`${base}/complete`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ durationMs: 1600, mime: recorder.mimeType }),
    });
    return {
      magic: Array.from(first),
      sizes: chunks.map((chunk) => chunk.size),
      replies,
      resent: resent.status,
      complete: complete.status,
    };
  }, sessionId);

  expect(uploaded.magic).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
  expect(uploaded.replies.map((reply) => [reply.status, reply.body.index, reply.body.nextIndex])).toEqual(
    uploaded.sizes.map((_, index) => [200, index, index + 1]),
  );
  expect(uploaded.resent).toBe(200);
  expect(uploaded.complete).toBe(200);
  const total = uploaded.sizes.reduce((sum, size) => sum + size, 0);
  const { rows } = await db.query(
    `SELECT status::text AS status, bytes::int AS bytes, video_recorded, (SELECT count(*)::int FROM recording_chunk WHERE session_id = $1) AS chunks FROM session_recording WHERE session_id = $1`,
    [sessionId],
  );
  expect(rows[0]).toEqual({ status: "complete", bytes: total, video_recorded: true, chunks: uploaded.sizes.length });

  // The browser plays the stitched recording and can seek in it (Range requests).
  const played = await page.evaluate(async (id) => {
    const video = document.createElement("video");
    video.muted = true;
    video.preload = "auto";
    document.body.append(video);
    const once = (name: string) => new Promise<void>((resolve, reject) => {
      video.addEventListener(name, () => resolve(), { once: true });
      video.addEventListener("error", () => reject(new Error(`video error ${video.error?.code}`)), { once: true });
    });
    const loaded = once("loadedmetadata");
    video.src = `/api/avatar-interview/sessions/${id}/recording`;
    await loaded;
    if (!Number.isFinite(video.duration)) {
      const known = once("durationchange");
      video.currentTime = Number.MAX_SAFE_INTEGER;
      await known;
    }
    const seeked = once("seeked");
    video.currentTime = video.duration / 2;
    await seeked;
    return { duration: video.duration, at: video.currentTime, width: video.videoWidth };
  }, sessionId);
  expect(played.duration).toBeGreaterThan(0);
  expect(played.at).toBeGreaterThan(0);
  expect(played.width).toBe(320);

  const ranged = await page.request.get(`/api/avatar-interview/sessions/${sessionId}/recording`, { headers: { Range: `bytes=${uploaded.sizes[0]! - 2}-${uploaded.sizes[0]! + 1}` } });
  expect(ranged.status()).toBe(206);
  expect(ranged.headers()["content-range"]).toBe(`bytes ${uploaded.sizes[0]! - 2}-${uploaded.sizes[0]! + 1}/${total}`);
});

test("the face analysis loads its models from this app and posts samples while recording", async ({ makeUser, loggedInPage, db }) => {
  test.setTimeout(120_000);
  const page = await loggedInPage(await makeUser());
  const outside: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["localhost", "127.0.0.1"].includes(url.hostname) && !url.protocol.startsWith("blob") && !url.protocol.startsWith("data")) outside.push(request.url());
  });
  const models: number[] = [];
  page.on("response", (response) => {
    if (response.url().includes("/api/models/")) models.push(response.status());
  });
  await page.goto("/avatar-interview");
  await page.getByLabel("Role").fill("Backend engineer");
  await page.getByLabel("Questions").fill("1");
  await page.getByRole("button", { name: "Start interview" }).click();
  await expect(page).toHaveURL(/\/avatar-interview\/[a-z0-9]+$/);
  const sessionId = page.url().split("/").at(-1)!;
  await page.getByRole("button", { name: "Turn on camera and microphone" }).click();
  await page.getByRole("button", { name: "Start interview", exact: true }).click();
  await expect(page.getByTestId("recording-status")).toHaveAttribute("data-state", "recording");

  // Human loads (wasm on a GPU-less browser) and the samples arrive; the fake camera shows no face.
  await expect(page.getByTestId("analysis-status")).toContainText(/no face in view|face visible/, { timeout: 90_000 });
  await expect
    .poll(async () => (await db.query("SELECT count(*)::int AS n FROM face_analysis_sample WHERE session_id = $1", [sessionId])).rows[0].n, { timeout: 60_000 })
    .toBeGreaterThan(0);
  await expect
    .poll(async () => (await db.query("SELECT count(*)::int AS n FROM recording_chunk WHERE session_id = $1", [sessionId])).rows[0].n, { timeout: 60_000 })
    .toBeGreaterThan(1);
  expect(models.length).toBeGreaterThan(0);
  expect(models.every((status) => status === 200)).toBe(true);
  expect(outside).toEqual([]);
});
