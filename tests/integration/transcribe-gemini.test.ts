// POST /api/transcribe with GEMINI_API_KEY set, against the loopback fake of Gemini's REST API:
// the recording travels as inline audio, the transcript comes back labelled, and bad audio
// is refused before any request leaves. Nothing here leaves 127.0.0.1.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { startFakeGemini, type FakeGemini } from "../fakes/gemini-server";
import { createUser } from "../factories";
import { wavTone } from "../support/audio";

let fake: FakeGemini;
let POST: typeof import("@/app/api/transcribe/route").POST;

beforeAll(async () => {
  fake = await startFakeGemini();
  process.env.GEMINI_API_KEY = "test-key-not-secret";
  process.env.GEMINI_BASE_URL = fake.url;
  process.env.GEMINI_TIMEOUT_MS = "300";
  ({ POST } = await import("@/app/api/transcribe/route"));
});
afterAll(async () => fake.close());
beforeEach(() => fake.reset());

async function send(form: FormData | null, init: { loggedIn?: boolean; headers?: Record<string, string> } = {}) {
  const session = await import("@/lib/auth/session");
  const user = await createUser();
  const spy = vi.spyOn(session, "getUser").mockResolvedValue(init.loggedIn === false ? null : { ...user, role: "student", profilePhoto: null });
  try {
    const request = form ? new Request("http://localhost/api/transcribe", { method: "POST", body: form }) : null;
    const body = request ? Buffer.from(await request.arrayBuffer()) : Buffer.from("{}");
    const headers = {
      "content-type": request?.headers.get("content-type") ?? "application/json",
      "content-length": String(body.length),
      ...init.headers,
    };
    const response = await POST(new NextRequest("http://localhost/api/transcribe", { method: "POST", headers, body }), { params: Promise.resolve({}) });
    return { status: response.status, body: await response.json() };
  } finally {
    spy.mockRestore();
  }
}

function formWith(audio: Buffer, name = "answer.wav", extra: Record<string, string> = {}) {
  const form = new FormData();
  form.set("audio", new Blob([new Uint8Array(audio)]), name);
  for (const [key, value] of Object.entries(extra)) form.set(key, value);
  return form;
}

describe("POST /api/transcribe with Gemini", () => {
  it("sends the recording to Gemini as inline audio and returns the labelled transcript with the WAV's length", async () => {
    const wav = wavTone(2.5);
    fake.setReply({ text: "  I led the migration of our payments service and cut latency by forty percent.  " });
    const { status, body } = await send(formWith(wav));
    expect(status).toBe(200);
    expect(body).toEqual({ source: "gemini", text: "I led the migration of our payments service and cut latency by forty percent.", durationSeconds: 2.5 });
    const sent = JSON.stringify(fake.requests[0]!.body);
    expect(sent).toContain('"mimeType":"audio/wav"');
    expect(sent).toContain(wav.toString("base64"));
    // Fillers are what the speech metrics count: the model is told to keep them.
    expect(sent).toContain("Keep filler words");
  });

  it("takes the browser's duration for a container whose header does not say", async () => {
    fake.setReply({ text: "hello" });
    const webm = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0xf2, 0x81, 0x04, 0x42, 0xf3, 0x81, 0x08, 0x42, 0x82, 0x84]), Buffer.from("webm"), Buffer.alloc(200)]);
    const { status, body } = await send(formWith(webm, "answer.webm", { durationSeconds: "12.4" }));
    expect(status).toBe(200);
    expect(body.durationSeconds).toBe(12.4);
  });

  it.each([
    ["text pretending to be audio", Buffer.from("this is not audio at all, just text in a .wav file"), /not a recording we can read/],
    ["a PNG", Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), /not a recording we can read/],
  ])("refuses %s with a 400, and asks nothing of Gemini", async (_name, bytes, message) => {
    const { status, body } = await send(formWith(bytes));
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
    expect(fake.requests).toHaveLength(0);
  });

  it("refuses a recording over 10 minutes", async () => {
    const { status, body } = await send(formWith(wavTone(601, { sampleRate: 1000 })));
    expect(status).toBe(400);
    expect(body.error).toMatch(/at most 10 minutes/);
    expect(fake.requests).toHaveLength(0);
  });

  it("refuses a body declared over 25 MB before reading it", async () => {
    const { status, body } = await send(formWith(wavTone(1)), { headers: { "content-length": String(26 * 1024 * 1024) } });
    expect(status).toBe(413);
    expect(body.error).toMatch(/25 MB/);
  });

  it("refuses a form without audio, and JSON", async () => {
    const empty = new FormData();
    empty.set("note", "no audio here");
    expect((await send(empty)).status).toBe(400);
    expect((await send(null)).status).toBe(415);
  });

  it("answers 502 with a clear message when Gemini fails", async () => {
    fake.setMode("error500");
    const { status, body } = await send(formWith(wavTone(1)));
    expect(status).toBe(502);
    expect(body.error).toMatch(/could not be transcribed/);
  });

  it("needs a session", async () => {
    const { status } = await send(formWith(wavTone(1)), { loggedIn: false });
    expect(status).toBe(401);
  });
});
