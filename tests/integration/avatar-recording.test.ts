import { beforeEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { SessionUser } from "@/lib/auth/session";
import { WEBM_HEADER, webmCluster } from "../fixtures/webm";
import { PNG_1PX } from "../fixtures/files";

// The real route handlers, storage (local disk) and PostgreSQL; only the session is stubbed.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getUser: async () => session.user }));
process.env.RECORDING_MAX_BYTES = "4096";

const chunks = await import("@/app/api/avatar-interview/sessions/[id]/recording/chunks/route");
const complete = await import("@/app/api/avatar-interview/sessions/[id]/recording/complete/route");
const recording = await import("@/app/api/avatar-interview/sessions/[id]/recording/route");
const samplesRoute = await import("@/app/api/avatar-interview/sessions/[id]/samples/route");
const { db } = await import("@/lib/db");
const { storage } = await import("@/lib/storage");
const { createSession, createUser } = await import("../factories");

type Json = Record<string, unknown>;

async function login() {
  const user = await createUser();
  session.user = { ...user, role: "student", profilePhoto: null };
  return user;
}

async function newSession(userId: string) {
  const row = await createSession(userId, { kind: "avatar", role: "Backend engineer" });
  return row.id;
}

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

function sendChunk(id: string, index: number | string, bytes: Uint8Array, type = "video/webm;codecs=vp8,opus") {
  const req = new NextRequest(`http://localhost/api/avatar-interview/sessions/${id}/recording/chunks?index=${index}`, {
    method: "POST",
    headers: { "content-type": type },
    body: new Uint8Array(bytes),
  });
  return chunks.POST(req, ctx(id));
}

function finish(id: string, body: Json = { durationMs: 4200, mime: "video/webm;codecs=vp8,opus" }) {
  const req = new NextRequest(`http://localhost/api/avatar-interview/sessions/${id}/recording/complete`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return complete.POST(req, ctx(id));
}

function fetchVideo(id: string, range?: string) {
  const req = new NextRequest(`http://localhost/api/avatar-interview/sessions/${id}/recording`, { headers: range ? { range } : {} });
  return recording.GET(req, ctx(id));
}

function postSamples(id: string, samples: Json[]) {
  const req = new NextRequest(`http://localhost/api/avatar-interview/sessions/${id}/samples`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ samples }),
  });
  return samplesRoute.POST(req, ctx(id));
}

/** What the database holds for a session's recording, in the words the assertions use. */
async function stored(id: string) {
  const [row, recordingChunks] = await Promise.all([
    db().sessionRecording.findUniqueOrThrow({ where: { sessionId: id } }),
    db().recordingChunk.findMany({ where: { sessionId: id }, orderBy: { index: "asc" }, select: { index: true, size: true, storageKey: true } }),
  ]);
  return {
    recordingStatus: row.status,
    recordingBytes: Number(row.bytes),
    videoRecorded: row.videoRecorded,
    sessionFile: row.storageKey,
    recordingDurationMs: row.durationMs,
    postureScore: row.postureScore,
    engagementScore: row.engagementScore,
    recordingChunks,
  };
}

const c1 = webmCluster(1);
const c2 = webmCluster(2, 100);
const whole = Buffer.concat([WEBM_HEADER, c1, c2]);

beforeEach(() => {
  session.user = null;
});

describe("POST /recording/chunks", () => {
  it("stores chunks in order and answers { index, size, receivedBytes, nextIndex }", async () => {
    const user = await login();
    const id = await newSession(user.id);
    const first = await sendChunk(id, 0, WEBM_HEADER);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ index: 0, size: WEBM_HEADER.length, receivedBytes: WEBM_HEADER.length, nextIndex: 1 });
    expect(await (await sendChunk(id, 1, c1)).json()).toEqual({ index: 1, size: c1.length, receivedBytes: WEBM_HEADER.length + c1.length, nextIndex: 2 });
    const row = await stored(id);
    expect(row.recordingStatus).toBe("recording");
    expect(row.recordingBytes).toBe(WEBM_HEADER.length + c1.length);
    expect(row.recordingChunks.map((chunk) => chunk.index)).toEqual([0, 1]);
    for (const chunk of row.recordingChunks) {
      expect(chunk.storageKey.startsWith(`users/${user.id}/`)).toBe(true);
      expect(await storage().size(chunk.storageKey)).toBe(chunk.size);
    }
  });

  it("refuses a first chunk that is not video by its bytes (415), whatever its Content-Type", async () => {
    const user = await login();
    const id = await newSession(user.id);
    const response = await sendChunk(id, 0, PNG_1PX);
    expect(response.status).toBe(415);
    expect(((await response.json()) as Json).error).toMatch(/not a WebM or MP4/);
    expect((await sendChunk(id, 0, WEBM_HEADER, "text/plain")).status).toBe(415);
    expect((await stored(id)).recordingChunks).toEqual([]);
    // An MP4 (ftyp box) first chunk is accepted.
    const mp4 = Buffer.from([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d, 0, 0, 2, 0]);
    expect((await sendChunk(await newSession(user.id), 0, mp4, "video/mp4")).status).toBe(200);
  });

  it("refuses a chunk ahead of the next expected index and says which one it expects", async () => {
    const user = await login();
    const id = await newSession(user.id);
    await sendChunk(id, 0, WEBM_HEADER);
    const response = await sendChunk(id, 2, c2);
    expect(response.status).toBe(409);
    const body = (await response.json()) as Json;
    expect(body.expectedIndex).toBe(1);
    expect(body.error).toMatch(/expected chunk 1/);
    expect((await stored(id)).recordingChunks.map((chunk) => chunk.index)).toEqual([0]);
    expect((await sendChunk(id, "x", c1)).status).toBe(400);
  });

  it("acknowledges a resent chunk with the same bytes once, and refuses the same index with other bytes", async () => {
    const user = await login();
    const id = await newSession(user.id);
    await sendChunk(id, 0, WEBM_HEADER);
    await sendChunk(id, 1, c1);
    const again = await sendChunk(id, 1, c1);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ index: 1, size: c1.length, receivedBytes: WEBM_HEADER.length + c1.length, nextIndex: 2 });
    const different = await sendChunk(id, 1, c2);
    expect(different.status).toBe(409);
    const row = await stored(id);
    expect(row.recordingChunks).toHaveLength(2);
    expect(row.recordingBytes).toBe(WEBM_HEADER.length + c1.length);
    // The video still holds the first bytes of index 1.
    expect(Buffer.from(await (await fetchVideo(id)).arrayBuffer())).toEqual(Buffer.concat([WEBM_HEADER, c1]));
  });

  it("stores an index once when the same chunk is sent twice at the same time", async () => {
    const user = await login();
    const id = await newSession(user.id);
    await sendChunk(id, 0, WEBM_HEADER);
    const [a, b] = await Promise.all([sendChunk(id, 1, c1), sendChunk(id, 1, c1)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const row = await stored(id);
    expect(row.recordingChunks).toHaveLength(2);
    expect(row.recordingBytes).toBe(WEBM_HEADER.length + c1.length);
  });

  it("refuses chunks that would take the recording over RECORDING_MAX_BYTES (413)", async () => {
    const user = await login();
    const id = await newSession(user.id);
    await sendChunk(id, 0, WEBM_HEADER);
    const big = webmCluster(9, 4096);
    const response = await sendChunk(id, 1, big);
    expect(response.status).toBe(413);
    expect(((await response.json()) as Json).error).toMatch(/at most 4096 bytes/);
    expect((await stored(id)).recordingBytes).toBe(WEBM_HEADER.length);
  });

  it("answers 404 for another user's session and stores nothing", async () => {
    const owner = await login();
    const id = await newSession(owner.id);
    await login();
    const response = await sendChunk(id, 0, WEBM_HEADER);
    expect(response.status).toBe(404);
    expect((await finish(id)).status).toBe(404);
    expect((await fetchVideo(id)).status).toBe(404);
    expect((await postSamples(id, [{ offsetMs: 0, faceVisible: true, lookingAtCamera: true }])).status).toBe(404);
    const row = await stored(id);
    expect(row.recordingChunks).toEqual([]);
    expect(row.recordingStatus).toBe("none");
    expect(await db().faceAnalysisSample.count({ where: { sessionId: id } })).toBe(0);
  });

  it("refuses logged-out uploads (401)", async () => {
    const owner = await login();
    const id = await newSession(owner.id);
    session.user = null;
    expect((await sendChunk(id, 0, WEBM_HEADER)).status).toBe(401);
  });
});

describe("an interrupted upload", () => {
  it("stays 'recording' (never complete) and still plays up to its last chunk", async () => {
    const user = await login();
    const id = await newSession(user.id);
    await sendChunk(id, 0, WEBM_HEADER);
    await sendChunk(id, 1, c1);
    // The tab closes here: complete is never called.
    const row = await stored(id);
    expect(row.recordingStatus).toBe("recording");
    expect(row.videoRecorded).toBe(false);
    expect(row.sessionFile).toBeNull();
    const video = await fetchVideo(id);
    expect(video.status).toBe(200);
    expect(video.headers.get("x-recording-status")).toBe("recording");
    expect(Buffer.from(await video.arrayBuffer())).toEqual(Buffer.concat([WEBM_HEADER, c1]));
  });

  it("stores nothing from a chunk whose body breaks off mid-request", async () => {
    const user = await login();
    const id = await newSession(user.id);
    await sendChunk(id, 0, WEBM_HEADER);
    let sent = false;
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) {
          controller.error(new Error("connection reset"));
          return;
        }
        sent = true;
        controller.enqueue(new Uint8Array(c1.subarray(0, 10)));
      },
    });
    const init = { method: "POST", headers: { "content-type": "video/webm" }, body: broken, duplex: "half" };
    const req = new NextRequest(new Request(`http://localhost/api/avatar-interview/sessions/${id}/recording/chunks?index=1`, init as RequestInit));
    const response = await chunks.POST(req, ctx(id));
    expect(response.status).toBe(400);
    expect(((await response.json()) as Json).code).toBe("aborted");
    const row = await stored(id);
    expect(row.recordingChunks.map((chunk) => chunk.index)).toEqual([0]);
    expect(row.recordingStatus).toBe("recording");
  });

  it("leaves no row when the storage write fails", async () => {
    const user = await login();
    const id = await newSession(user.id);
    await sendChunk(id, 0, WEBM_HEADER);
    const spy = vi.spyOn(storage(), "put").mockRejectedValueOnce(new Error("disk full"));
    const response = await sendChunk(id, 1, c1);
    spy.mockRestore();
    expect(response.status).toBe(500);
    const row = await stored(id);
    expect(row.recordingChunks.map((chunk) => chunk.index)).toEqual([0]);
    expect(row.recordingBytes).toBe(WEBM_HEADER.length);
    // The client retries and carries on.
    expect((await sendChunk(id, 1, c1)).status).toBe(200);
  });
});

describe("POST /recording/complete", () => {
  it("marks the recording complete with its key and duration, and scores the stored samples", async () => {
    const user = await login();
    const id = await newSession(user.id);
    expect((await finish(id)).status).toBe(409);
    await sendChunk(id, 0, WEBM_HEADER);
    await sendChunk(id, 1, c1);
    const samples = [
      { offsetMs: 0, faceVisible: true, lookingAtCamera: true, shoulderTilt: 2, slouching: false },
      { offsetMs: 500, faceVisible: true, lookingAtCamera: true, headMovement: 0.05, shoulderTilt: 3, slouching: false },
      { offsetMs: 1000, faceVisible: true, lookingAtCamera: false, headMovement: 0.4, shoulderTilt: 15, slouching: false },
      { offsetMs: 1500, faceVisible: false, lookingAtCamera: false },
    ];
    expect(await (await postSamples(id, samples)).json()).toEqual({ stored: 4 });
    expect(await (await postSamples(id, samples)).json()).toEqual({ stored: 0 });
    const response = await finish(id);
    expect(response.status).toBe(200);
    const row = await stored(id);
    expect(row).toMatchObject({
      recordingStatus: "complete",
      videoRecorded: true,
      sessionFile: `users/${user.id}/avatar-interviews/${id}/chunks/`,
      recordingDurationMs: 4200,
      // 2 of 3 samples with shoulders seen were level.
      postureScore: 67,
      // 40% × 3/4 visible + 40% × 2/4 looking + 20% × 1/2 steady = 30 + 20 + 10.
      engagementScore: 60,
    });
    // No chunk is accepted after completion, but a resent one is still acknowledged.
    expect((await sendChunk(id, 2, c2)).status).toBe(409);
    expect((await sendChunk(id, 1, c1)).status).toBe(200);
    expect((await stored(id)).recordingStatus).toBe("complete");
  });
});

describe("GET /recording", () => {
  it("serves the chunks back to back, with ranges across chunk boundaries", async () => {
    const user = await login();
    const id = await newSession(user.id);
    expect((await fetchVideo(id)).status).toBe(404);
    await sendChunk(id, 0, WEBM_HEADER);
    await sendChunk(id, 1, c1);
    await sendChunk(id, 2, c2);
    const full = await fetchVideo(id);
    expect(full.status).toBe(200);
    expect(full.headers.get("content-type")).toBe("video/webm");
    expect(full.headers.get("accept-ranges")).toBe("bytes");
    expect(Buffer.from(await full.arrayBuffer())).toEqual(whole);

    const boundary = WEBM_HEADER.length;
    for (const [start, end] of [
      [boundary - 3, boundary + 5],
      [boundary - 1, boundary + c1.length + 1],
      [0, whole.length - 1],
      [whole.length - 10, whole.length - 1],
    ] as const) {
      const part = await fetchVideo(id, `bytes=${start}-${end}`);
      expect(part.status).toBe(206);
      expect(part.headers.get("content-range")).toBe(`bytes ${start}-${end}/${whole.length}`);
      expect(part.headers.get("content-length")).toBe(String(end - start + 1));
      expect(Buffer.from(await part.arrayBuffer())).toEqual(whole.subarray(start, end + 1));
    }
    const open = await fetchVideo(id, `bytes=${boundary + 2}-`);
    expect(Buffer.from(await open.arrayBuffer())).toEqual(whole.subarray(boundary + 2));
    const suffix = await fetchVideo(id, "bytes=-7");
    expect(Buffer.from(await suffix.arrayBuffer())).toEqual(whole.subarray(whole.length - 7));
    expect((await fetchVideo(id, `bytes=${whole.length}-`)).status).toBe(416);
  });
});

describe("POST /samples", () => {
  it("validates the batch", async () => {
    const user = await login();
    const id = await newSession(user.id);
    expect((await postSamples(id, [])).status).toBe(400);
    expect((await postSamples(id, [{ offsetMs: -1, faceVisible: true, lookingAtCamera: true }])).status).toBe(400);
    const many = Array.from({ length: 201 }, (_, i) => ({ offsetMs: i * 250, faceVisible: true, lookingAtCamera: true }));
    expect((await postSamples(id, many)).status).toBe(400);
    expect(await db().faceAnalysisSample.count({ where: { sessionId: id } })).toBe(0);
  });
});
