// A video session's recording for a share-link visitor and for an instructor
// (docs/decisions/029): through the real routes, storage (local disk) and
// PostgreSQL, only the login stubbed. Range handling is checked on real
// stitched chunks; revoking a link or a share refuses the very next range of a
// player that is already playing; every way of not being allowed answers 404.
import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { WEBM_HEADER, webmCluster } from "../fixtures/webm";
import { signInAs, signOut } from "../support/session-mock";

vi.mock("@/lib/auth/session", () => import("../support/session-mock"));

const linkRoute = await import("@/app/api/share/[token]/recording/route");
const ownerRoute = await import("@/app/api/avatar-interview/sessions/[id]/recording/route");
const { db } = await import("@/lib/db");
const { storeChunk, completeRecording } = await import("@/lib/interview-session/avatar/recording/chunks");
const { createShareLink, revokeShare, shareWithInstructor } = await import("@/lib/sharing/service");
const { CreateShareLinkSchema, ShareWithInstructorSchema } = await import("@/lib/sharing/schema");
const { newShareToken } = await import("@/lib/sharing/token");
const { createSession, createUser } = await import("../factories");

type Person = Awaited<ReturnType<typeof createUser>>;
const CHUNKS = [WEBM_HEADER, webmCluster(1, 300), webmCluster(2, 300), webmCluster(3, 157)];
const WHOLE = Buffer.concat(CHUNKS);
const SIZE = WHOLE.byteLength;

/** A finished video session of a new student, its chunks stored through the upload code. */
async function recordedSession(student?: Person) {
  const owner = student ?? (await createUser());
  const { id } = await createSession(owner.id, { kind: "avatar", answers: [{ answerText: "I listen first.", recordingOffsetMs: 1_000 }] });
  for (const [index, data] of CHUNKS.entries()) await storeChunk({ userId: owner.id, sessionId: id, index, mime: "video/webm", data });
  await completeRecording({ userId: owner.id, sessionId: id, durationMs: 4_000, mime: "video/webm;codecs=vp8,opus" });
  return { owner, sessionId: id };
}

async function linkTo(owner: Person, sessionId: string | null, expiresInDays = "") {
  const input = CreateShareLinkSchema.parse(sessionId ? { scope: "session", sessionId, expiresInDays } : { scope: "dashboard", expiresInDays });
  return createShareLink(owner.id, input, new Date());
}

function viaLink(token: string, headers: Record<string, string> = {}) {
  return linkRoute.GET(new NextRequest(`http://localhost/api/share/${token}/recording`, { headers }), {
    params: Promise.resolve({ token }),
  });
}

function viaOwnerRoute(sessionId: string, headers: Record<string, string> = {}) {
  return ownerRoute.GET(new NextRequest(`http://localhost/api/avatar-interview/sessions/${sessionId}/recording`, { headers }), {
    params: Promise.resolve({ id: sessionId }),
  });
}

const body = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe("Range requests on a shared recording", async () => {
  const { owner, sessionId } = await recordedSession();
  const { token } = await linkTo(owner, sessionId);

  it("sends the whole stitched recording without Range, never to be stored by the browser", async () => {
    signOut();
    const response = await viaLink(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("video/webm");
    expect(response.headers.get("content-length")).toBe(String(SIZE));
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("x-recording-status")).toBe("complete");
    expect(await body(response)).toEqual(WHOLE);
  });

  it("answers a single range across a chunk boundary with 206 and Content-Range", async () => {
    const start = WEBM_HEADER.length - 4;
    const end = WEBM_HEADER.length + 310;
    const response = await viaLink(token, { range: `bytes=${start}-${end}` });
    expect(response.status).toBe(206);
    expect(response.headers.get("content-range")).toBe(`bytes ${start}-${end}/${SIZE}`);
    expect(response.headers.get("content-length")).toBe(String(end - start + 1));
    expect(await body(response)).toEqual(WHOLE.subarray(start, end + 1));
  });

  it("answers suffix and open-ended ranges", async () => {
    const suffix = await viaLink(token, { range: "bytes=-200" });
    expect(suffix.status).toBe(206);
    expect(suffix.headers.get("content-range")).toBe(`bytes ${SIZE - 200}-${SIZE - 1}/${SIZE}`);
    expect(await body(suffix)).toEqual(WHOLE.subarray(SIZE - 200));

    const open = await viaLink(token, { range: "bytes=500-" });
    expect(open.status).toBe(206);
    expect(open.headers.get("content-range")).toBe(`bytes 500-${SIZE - 1}/${SIZE}`);
    expect(await body(open)).toEqual(WHOLE.subarray(500));

    const past = await viaLink(token, { range: `bytes=${SIZE - 3}-${SIZE + 1000}` });
    expect(past.headers.get("content-range")).toBe(`bytes ${SIZE - 3}-${SIZE - 1}/${SIZE}`);
    expect(await body(past)).toEqual(WHOLE.subarray(SIZE - 3));
  });

  it("answers several ranges with multipart/byteranges holding the right bytes", async () => {
    const response = await viaLink(token, { range: "bytes=0-3, 40-49, -5" });
    expect(response.status).toBe(206);
    const boundary = /boundary=(\w+)$/.exec(response.headers.get("content-type") ?? "")?.[1];
    expect(response.headers.get("content-type")).toMatch(/^multipart\/byteranges; boundary=/);
    const raw = await body(response);
    expect(response.headers.get("content-length")).toBe(String(raw.byteLength));
    const parts = raw
      .toString("latin1")
      .split(`--${boundary}`)
      .slice(1, -1)
      .map((part) => {
        const [head, data] = part.split("\r\n\r\n");
        return { range: /Content-Range: (.*)/.exec(head!)?.[1], data: Buffer.from(data!.slice(0, -2), "latin1") };
      });
    expect(parts).toEqual([
      { range: `bytes 0-3/${SIZE}`, data: WHOLE.subarray(0, 4) },
      { range: `bytes 40-49/${SIZE}`, data: WHOLE.subarray(40, 50) },
      { range: `bytes ${SIZE - 5}-${SIZE - 1}/${SIZE}`, data: WHOLE.subarray(SIZE - 5) },
    ]);
  });

  it("answers an out-of-range request 416 with bytes */size", async () => {
    for (const range of [`bytes=${SIZE}-`, `bytes=${SIZE + 10}-${SIZE + 20}`, "bytes=-0"]) {
      const response = await viaLink(token, { range });
      expect(response.status, range).toBe(416);
      expect(response.headers.get("content-range"), range).toBe(`bytes */${SIZE}`);
    }
  });

  it("ignores a malformed Range header and sends the whole recording", async () => {
    for (const range of ["bytes=abc", "bytes=9-2", "lines=0-1", "bytes=0-1;2", "bytes=--5", "bytes"]) {
      const response = await viaLink(token, { range });
      expect(response.status, range).toBe(200);
      expect(await body(response), range).toEqual(WHOLE);
    }
  });

  it("honours If-Range only while the recording is the version the player started with", async () => {
    const first = await viaLink(token, { range: "bytes=0-9" });
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const same = await viaLink(token, { range: "bytes=10-19", "if-range": etag });
    expect(same.status).toBe(206);
    expect(await body(same)).toEqual(WHOLE.subarray(10, 20));
    const other = await viaLink(token, { range: "bytes=10-19", "if-range": '"something-else"' });
    expect(other.status).toBe(200);
    expect(await body(other)).toEqual(WHOLE);
  });

  it("is the same serving function for the owner", async () => {
    signInAs(owner);
    const mine = await viaOwnerRoute(sessionId, { range: "bytes=-200" });
    const shared = await viaLink(token, { range: "bytes=-200" });
    expect(mine.status).toBe(206);
    expect(mine.headers.get("content-range")).toBe(shared.headers.get("content-range"));
    expect(mine.headers.get("etag")).toBe(shared.headers.get("etag"));
    expect(mine.headers.get("cache-control")).toBe("private, no-store");
    expect(await body(mine)).toEqual(await body(shared));
    signOut();
  });
});

describe("revoking while a player is open", () => {
  it("refuses the link's next range request", async () => {
    const { owner, sessionId } = await recordedSession();
    const link = await linkTo(owner, sessionId);
    signOut();
    expect((await viaLink(link.token, { range: "bytes=0-99" })).status).toBe(206);
    await revokeShare(owner.id, { kind: "link", id: link.id }, new Date());
    const next = await viaLink(link.token, { range: "bytes=100-199" });
    expect(next.status).toBe(404);
    expect(await next.json()).toMatchObject({ code: "not_found" });
  });

  it("refuses the instructor's next range request", async () => {
    const { owner, sessionId } = await recordedSession();
    const instructor = await createUser({ role: "instructor" });
    const share = await shareWithInstructor(
      { id: owner.id, role: "student" },
      ShareWithInstructorSchema.parse({ scope: "session", sessionId, email: instructor.email }),
    );
    signInAs(instructor);
    const playing = await viaOwnerRoute(sessionId, { range: "bytes=0-99" });
    expect(playing.status).toBe(206);
    expect(await body(playing)).toEqual(WHOLE.subarray(0, 100));
    await revokeShare(owner.id, { kind: "instructor", id: share.id }, new Date());
    expect((await viaOwnerRoute(sessionId, { range: "bytes=100-199" })).status).toBe(404);
    signOut();
  });

  it("refuses a link once it has expired", async () => {
    const { owner, sessionId } = await recordedSession();
    const link = await linkTo(owner, sessionId, "1");
    expect((await viaLink(link.token, { range: "bytes=0-9" })).status).toBe(206);
    await db().shareLink.update({ where: { id: link.id }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    expect((await viaLink(link.token, { range: "bytes=10-19" })).status).toBe(404);
  });
});

describe("who may not watch", () => {
  it("answers 404, with nothing of the video, to every link that does not share this recording", async () => {
    const { owner, sessionId } = await recordedSession();
    const other = await createUser();
    const { id: textSession } = await createSession(owner.id, { kind: "text" });
    const { id: unrecorded } = await createSession(owner.id, { kind: "avatar" });
    const dashboard = await linkTo(owner, null);
    const textLink = await linkTo(owner, textSession);
    const emptyLink = await linkTo(owner, unrecorded);
    // A link row naming someone else's session (the app never makes one): it must not reach that video.
    const forged = newShareToken();
    await db().shareLink.create({ data: { userId: other.id, token: forged, scope: "session", sessionId } });
    signInAs(other);
    for (const [why, token] of [
      ["a dashboard link", dashboard.token],
      ["a text session's link", textLink.token],
      ["a video session without a recording", emptyLink.token],
      ["a link row of another user", forged],
      ["an unknown token", newShareToken()],
    ] as const) {
      const response = await viaLink(token, { range: "bytes=0-99" });
      expect(response.status, why).toBe(404);
      expect(response.headers.get("content-type"), why).toContain("application/json");
      expect(await response.text(), why).not.toContain("webm");
    }
    for (const token of ["short", "A".repeat(44), `${"A".repeat(42)}.`, ""]) {
      expect((await viaLink(token)).status, JSON.stringify(token)).toBe(404);
    }
    signOut();
  });

  it("answers 404 to an instructor with only a dashboard share, to a student holding a share row, and to a share naming another student's session", async () => {
    const { owner, sessionId } = await recordedSession();
    const dashboardOnly = await createUser({ role: "instructor" });
    await shareWithInstructor({ id: owner.id, role: "student" }, ShareWithInstructorSchema.parse({ scope: "dashboard", email: dashboardOnly.email }));
    const student = await createUser();
    await db().instructorShare.create({ data: { studentId: owner.id, instructorId: student.id, scope: "session", sessionId } });
    const mismatched = await createUser({ role: "instructor" });
    const stranger = await createUser();
    await db().instructorShare.create({ data: { studentId: stranger.id, instructorId: mismatched.id, scope: "session", sessionId } });
    for (const [why, viewer] of [
      ["dashboard share only", dashboardOnly],
      ["a student, not an instructor", student],
      ["a share from a student who does not own the session", mismatched],
    ] as const) {
      signInAs(viewer);
      expect((await viaOwnerRoute(sessionId, { range: "bytes=0-9" })).status, why).toBe(404);
    }
    signOut();
    expect((await viaOwnerRoute(sessionId)).status, "logged out").toBe(401);
  });
});
