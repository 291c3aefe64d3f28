// The D-ID path of the avatar interview against a loopback fake of the D-ID
// talks API: created → done, error, timeout (hang), HTTP 500. Every failure
// answers "use the in-browser avatar" with the reason; the key never leaves
// the server; only the talk's owner can poll it or watch it.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { SessionUser } from "@/lib/auth/session";
import { startFakeDid, FAKE_VIDEO } from "../fakes/did-server";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getUser: async () => session.user }));

const KEY = "dGVzdDp0ZXN0LWtleS1ub3Qtc2VjcmV0";
const fake = await startFakeDid();
// Set before the app's env is first read in this file's fresh module graph.
process.env.DID_API_KEY = KEY;
process.env.DID_BASE_URL = fake.url;
process.env.DID_TIMEOUT_MS = "300";

const { POST } = await import("@/app/api/avatar/talks/route");
const { GET: poll } = await import("@/app/api/avatar/talks/[id]/route");
const { GET: video } = await import("@/app/api/avatar/talks/[id]/video/route");
const { pollTalk, TALK_DEADLINE_MS } = await import("@/lib/avatar/talks");
const { startSession } = await import("@/lib/interview-session/service");
const { db } = await import("@/lib/db");
const { createUser } = await import("../factories");

afterAll(() => fake.close());
beforeEach(() => fake.reset());

async function login() {
  const user = await createUser();
  session.user = { ...user, role: "student", profilePhoto: null };
  return user;
}

async function createTalk(body: unknown) {
  const response = await POST(
    new NextRequest("http://localhost/api/avatar/talks", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function pollRoute(id: string) {
  const response = await poll(new NextRequest(`http://localhost/api/avatar/talks/${id}`), {
    params: Promise.resolve({ id }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe("D-ID talks through /api/avatar/talks", () => {
  it("creates a talk server-side with the key, polls it to done, and marks the session as spoken by D-ID", async () => {
    const user = await login();
    const { id: sessionId } = await startSession(user.id, "avatar", { role: "Backend engineer", level: "mid", count: 1 });
    fake.setMode("ok", { pollsUntilDone: 2 });

    const created = await createTalk({ text: "Tell me about a time you disagreed with a colleague.", sessionId });
    expect(created.status).toBe(200);
    expect(created.json).toEqual({ provider: "did", id: expect.any(String), status: "created" });
    expect(JSON.stringify(created.json)).not.toContain(KEY);
    const talkId = created.json.id as string;

    const [request] = fake.requests;
    expect(request).toMatchObject({
      method: "POST",
      path: "/talks",
      authorization: `Basic ${KEY}`,
      body: {
        source_url: expect.stringMatching(/^https:\/\//),
        script: { type: "text", input: "Tell me about a time you disagreed with a colleague." },
      },
    });

    const first = await pollRoute(talkId);
    expect(first.json).toEqual({ id: talkId, status: "started", videoUrl: null, reason: null });
    expect((await db().sessionRecording.findUniqueOrThrow({ where: { sessionId } })).avatarProvider).toBe(
      "local",
    );

    const second = await pollRoute(talkId);
    expect(second.json).toEqual({
      id: talkId,
      status: "done",
      videoUrl: `/api/avatar/talks/${talkId}/video`,
      reason: null,
    });
    const row = await db().avatarTalk.findUniqueOrThrow({ where: { id: talkId } });
    expect(row).toMatchObject({
      userId: user.id,
      sessionId: sessionId,
      status: "done",
      resultUrl: expect.stringContaining(fake.url),
    });
    expect((await db().sessionRecording.findUniqueOrThrow({ where: { sessionId } })).avatarProvider).toBe(
      "did",
    );

    // A finished talk is not asked again.
    const before = fake.requests.length;
    await pollRoute(talkId);
    expect(fake.requests.length).toBe(before);

    // The video is streamed from our origin, with Range for seeking.
    const ranged = await video(
      new NextRequest(`http://localhost/api/avatar/talks/${talkId}/video`, { headers: { range: "bytes=0-11" } }),
      {
        params: Promise.resolve({ id: talkId }),
      },
    );
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get("content-type")).toBe("video/mp4");
    expect(ranged.headers.get("content-range")).toBe(`bytes 0-11/${FAKE_VIDEO.length}`);
    expect(Buffer.from(await ranged.arrayBuffer())).toEqual(FAKE_VIDEO.subarray(0, 12));
  });

  it("answers 404 to another user polling or watching the talk", async () => {
    await login();
    const created = await createTalk({ text: "Why this company?" });
    const talkId = created.json.id as string;
    await pollRoute(talkId);
    await pollRoute(talkId);
    await login();
    expect((await pollRoute(talkId)).status).toBe(404);
    const watched = await video(new NextRequest(`http://localhost/api/avatar/talks/${talkId}/video`), {
      params: Promise.resolve({ id: talkId }),
    });
    expect(watched.status).toBe(404);
  });

  it("refuses a session of another user", async () => {
    const owner = await createUser();
    const { id: sessionId } = await startSession(owner.id, "avatar", { role: "QA engineer", level: "junior", count: 1 });
    await login();
    const created = await createTalk({ text: "Hello", sessionId });
    expect(created.status).toBe(404);
    expect(fake.requests).toHaveLength(0);
  });

  it("falls back to the local avatar when the talk ends in error", async () => {
    await login();
    fake.setMode("error");
    const created = await createTalk({ text: "Describe a project you led." });
    expect(created.json).toMatchObject({ provider: "did" });
    const polled = await pollRoute(created.json.id as string);
    expect(polled.json).toMatchObject({ status: "error", videoUrl: null, reason: "error" });
  });

  it("falls back with reason timeout when D-ID hangs on create, and when it hangs on a poll", async () => {
    await login();
    fake.setMode("hang");
    expect((await createTalk({ text: "What are your strengths?" })).json).toEqual({
      provider: "local",
      reason: "timeout",
    });

    fake.setMode("ok", { pollsUntilDone: 5 });
    const created = await createTalk({ text: "What are your weaknesses?" });
    fake.setMode("hang");
    const polled = await pollRoute(created.json.id as string);
    expect(polled.json).toMatchObject({ status: "error", reason: "timeout", videoUrl: null });
  });

  it("falls back with reason http_5xx when D-ID answers 500, and http_4xx for a bad key", async () => {
    await login();
    fake.setMode("error500");
    expect((await createTalk({ text: "Where do you see yourself?" })).json).toEqual({
      provider: "local",
      reason: "http_5xx",
    });
    fake.setMode("unauthorized");
    expect((await createTalk({ text: "Where do you see yourself?" })).json).toEqual({
      provider: "local",
      reason: "http_4xx",
    });
    expect(await db().avatarTalk.count({ where: { userId: session.user!.id } })).toBe(0);
  });

  it("gives up on a talk that is still not done after the deadline", async () => {
    const user = await login();
    fake.setMode("ok", { pollsUntilDone: 100 });
    const created = await createTalk({ text: "Any questions for us?" });
    const row = await db().avatarTalk.findUniqueOrThrow({ where: { id: created.json.id as string } });
    const later = new Date(row.createdAt.getTime() + TALK_DEADLINE_MS + 1);
    expect(await pollTalk(user.id, row.id, later)).toMatchObject({ status: "error", reason: "deadline" });
  });

  it("rejects empty or oversized text without calling D-ID", async () => {
    await login();
    expect((await createTalk({ text: " " })).status).toBe(400);
    expect((await createTalk({ text: "x".repeat(1001) })).status).toBe(400);
    expect(fake.requests).toHaveLength(0);
  });
});
