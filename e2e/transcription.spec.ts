import { test, expect } from "./fixtures";
import { wavTone } from "../tests/support/audio";

// A browser without speech recognition (Firefox) on a server without a Gemini key: the answer
// box says spoken answers need one there, rather than offering a button that cannot work.
test("without speech recognition or a transcription engine, the answer box says so and typing works", async ({ makeUser, loggedInPage }) => {
  const user = await makeUser("Fran Firefox");
  const page = await loggedInPage(user);
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w.SpeechRecognition;
    delete w.webkitSpeechRecognition;
  });
  await page.goto("/ai-interview");
  await page.getByLabel("Role").fill("Backend engineer");
  await page.getByLabel("Questions", { exact: true }).fill("1");
  await page.getByRole("button", { name: "Start interview" }).click();
  await expect(page.getByText("Question 1 of 1")).toBeVisible();
  await expect(page.getByRole("button", { name: "Answer by speaking" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Record an answer" })).toHaveCount(0);
  await expect(page.getByTestId("speech-unavailable")).toContainText("need a Gemini API key on this server");

  const api = await page.request.post("/api/transcribe", { multipart: { audio: { name: "a.wav", mimeType: "audio/wav", buffer: wavTone(1) } } });
  expect(api.status()).toBe(503);
  expect((await api.json()).error).toMatch(/needs a Gemini API key/);
});
