// POST /api/transcribe on a server with no Gemini key: there is no offline speech-to-text
// engine here (decision 035), so it says so plainly, once the upload is valid audio.
import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { createUser } from "../factories";
import { wavTone } from "../support/audio";

describe("POST /api/transcribe without a Gemini key", () => {
  it("answers 503 saying spoken answers need a key, and the page knows it too", async () => {
    delete process.env.GEMINI_API_KEY;
    const session = await import("@/lib/auth/session");
    const user = await createUser();
    const spy = vi.spyOn(session, "getUser").mockResolvedValue({ ...user, role: "student", profilePhoto: null });
    const { POST } = await import("@/app/api/transcribe/route");
    const form = new FormData();
    form.set("audio", new Blob([new Uint8Array(wavTone(1))]), "a.wav");
    const request = new Request("http://localhost/api/transcribe", { method: "POST", body: form });
    const body = Buffer.from(await request.arrayBuffer());
    const response = await POST(
      new NextRequest("http://localhost/api/transcribe", {
        method: "POST",
        headers: { "content-type": request.headers.get("content-type")!, "content-length": String(body.length) },
        body,
      }),
      { params: Promise.resolve({}) },
    );
    spy.mockRestore();
    expect(response.status).toBe(503);
    const json = await response.json();
    expect(json.code).toBe("transcription_unavailable");
    expect(json.error).toMatch(/needs a Gemini API key/);
    const { transcriptionEngine } = await import("@/lib/transcribe");
    expect(transcriptionEngine()).toBeNull();
  });
});
