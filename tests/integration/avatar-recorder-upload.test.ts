// The browser's chunk uploader against the real route handlers, through a
// flaky network: requests that never arrive, and responses lost after the
// server stored the chunk. The stored recording must be every chunk once, in order.
import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import type { SessionUser } from "@/lib/auth/session";
import { WEBM_HEADER, webmCluster } from "../fixtures/webm";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getUser: async () => session.user }));

const chunksRoute = await import("@/app/api/avatar-interview/sessions/[id]/recording/chunks/route");
const completeRoute = await import("@/app/api/avatar-interview/sessions/[id]/recording/complete/route");
const recordingRoute = await import("@/app/api/avatar-interview/sessions/[id]/recording/route");
const { ChunkUploader, backoffMs } = await import("@/components/avatar-interview/recorder/chunk-uploader");
const { db } = await import("@/lib/db");
const { createSession, createUser } = await import("../factories");

async function setup() {
  const user = await createUser();
  session.user = { ...user, role: "student", profilePhoto: null };
  const { id } = await createSession(user.id, { kind: "avatar", role: "QA" });
  return id;
}

type Fault = "drop-request" | "lose-response" | "server-error";

/** A fetch that hands requests to the real route handlers, failing the n-th call as told. */
function flakyFetch(id: string, faults: Map<number, Fault>) {
  let call = 0;
  const calls: string[] = [];
  const fetcher = async (url: string, init: RequestInit): Promise<Response> => {
    const n = call++;
    calls.push(url);
    const fault = faults.get(n);
    if (fault === "drop-request") throw new TypeError("Failed to fetch");
    if (fault === "server-error") return new Response(JSON.stringify({ error: "boom" }), { status: 503 });
    const body = init.body instanceof Blob ? new Uint8Array(await init.body.arrayBuffer()) : (init.body as string);
    const request = new NextRequest(`http://localhost${url}`, { method: init.method, headers: init.headers, body });
    const context = { params: Promise.resolve({ id }) };
    const response = url.includes("/chunks") ? await chunksRoute.POST(request, context) : await completeRoute.POST(request, context);
    if (fault === "lose-response") throw new TypeError("network connection was lost");
    return response;
  };
  return { fetcher, calls };
}

const parts = [WEBM_HEADER, webmCluster(1), webmCluster(2), webmCluster(3)];

describe("ChunkUploader", () => {
  it("uploads every chunk exactly once, in order, through dropped requests and lost responses, then completes", async () => {
    const id = await setup();
    // Call 1 (chunk 1) never arrives; call 3 (chunk 2) is stored but its answer is lost, so chunk 2 is sent twice; call 5 (chunk 3) gets a 503.
    const { fetcher, calls } = flakyFetch(id, new Map<number, Fault>([[1, "drop-request"], [3, "lose-response"], [5, "server-error"]]));
    const waits: number[] = [];
    const uploader = new ChunkUploader({ sessionId: id, mime: "video/webm;codecs=vp8,opus", fetch: fetcher, sleep: async (ms) => void waits.push(ms) });
    for (const part of parts) uploader.enqueue(new Blob([new Uint8Array(part)]));
    expect(await uploader.complete(9000)).toBe(true);
    expect(uploader.error).toBeNull();
    expect(uploader.pendingChunks).toBe(0);
    expect(waits).toEqual([backoffMs(0), backoffMs(0), backoffMs(0)]);
    expect(calls.filter((url) => url.endsWith("/complete"))).toHaveLength(1);

    const recording = await db().sessionRecording.findUniqueOrThrow({ where: { sessionId: id }, select: { status: true, bytes: true } });
    const chunks = await db().recordingChunk.findMany({ where: { sessionId: id }, select: { index: true }, orderBy: { index: "asc" } });
    const whole = Buffer.concat(parts);
    expect(recording.status).toBe("complete");
    expect(Number(recording.bytes)).toBe(whole.length);
    expect(chunks.map((chunk) => chunk.index)).toEqual([0, 1, 2, 3]);
    expect(uploader.uploadedBytes).toBe(whole.length);
    const video = await recordingRoute.GET(new NextRequest(`http://localhost/api/avatar-interview/sessions/${id}/recording`), { params: Promise.resolve({ id }) });
    expect(Buffer.from(await video.arrayBuffer())).toEqual(whole);
  });

  it("gives up on a refusal it cannot fix, and never marks the recording complete", async () => {
    const id = await setup();
    const { fetcher } = flakyFetch(id, new Map());
    const uploader = new ChunkUploader({ sessionId: id, mime: "video/webm", fetch: fetcher, sleep: async () => undefined });
    uploader.enqueue(new Blob([new Uint8Array(webmCluster(7))])); // not a video start
    expect(await uploader.complete(1000)).toBe(false);
    expect(uploader.error).toMatch(/not a WebM or MP4/);
    expect((await db().sessionRecording.findUniqueOrThrow({ where: { sessionId: id }, select: { status: true } })).status).toBe("none");
  });

  it("stops retrying after its attempts run out, leaving the uploaded part as a partial recording", async () => {
    const id = await setup();
    const offline = new Map<number, Fault>(Array.from({ length: 10 }, (_, i) => [i + 1, "drop-request"] as const));
    const { fetcher } = flakyFetch(id, offline);
    const uploader = new ChunkUploader({ sessionId: id, mime: "video/webm", fetch: fetcher, sleep: async () => undefined, maxAttempts: 3 });
    uploader.enqueue(new Blob([new Uint8Array(WEBM_HEADER)]));
    uploader.enqueue(new Blob([new Uint8Array(webmCluster(1))]));
    expect(await uploader.complete(5000)).toBe(false);
    expect(uploader.error).toMatch(/partial video/);
    const row = await db().sessionRecording.findUniqueOrThrow({ where: { sessionId: id }, select: { status: true, bytes: true } });
    expect({ status: row.status, bytes: Number(row.bytes) }).toEqual({ status: "recording", bytes: WEBM_HEADER.length });
  });
});
