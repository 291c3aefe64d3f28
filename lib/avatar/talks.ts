import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import { NotFoundError, ServiceUnavailableError } from "@/lib/errors";
import { configuredAvatarProvider } from "@/lib/avatar/provider";
import {
  createDidTalk,
  DidError,
  fetchTalkVideo,
  getDidTalk,
  type DidFailure,
  type TalkStatus,
} from "@/lib/avatar/did";

// Talks are stored in avatar_talk so that only the user who asked for one can
// poll it or watch it; our row id is the only id the browser sees.

/** A talk that has not finished by then is given up on; the browser falls back to its own avatar. */
export const TALK_DEADLINE_MS = 60_000;

export type FallbackReason = DidFailure | "error" | "rejected" | "deadline";

export type TalkRequestResult =
  { provider: "did"; id: string; status: TalkStatus } | { provider: "local"; reason: FallbackReason };

export type TalkView = { id: string; status: TalkStatus; videoUrl: string | null; reason: string | null };

const TERMINAL = new Set<string>(["done", "error", "rejected"]);

export const talkVideoUrl = (id: string) => `/api/avatar/talks/${id}/video`;

function view(row: { id: string; status: string; resultUrl: string | null; error: string | null }): TalkView {
  const status = row.status as TalkStatus;
  return {
    id: row.id,
    status,
    videoUrl: status === "done" && row.resultUrl ? talkVideoUrl(row.id) : null,
    reason: row.error,
  };
}

/** Asks D-ID for a talking-head video of `text`. Any failure answers "use the local avatar" with the reason. */
export async function requestTalk(
  userId: string,
  input: { text: string; sessionId?: string },
): Promise<TalkRequestResult> {
  if (input.sessionId) {
    const owned = await db().interviewSession.findFirst({
      where: { id: input.sessionId, userId, kind: "avatar" },
      select: { id: true },
    });
    if (!owned) throw new NotFoundError("That session does not exist");
  }
  if (configuredAvatarProvider() !== "did") return { provider: "local", reason: "not_configured" };
  try {
    const talk = await createDidTalk(input.text);
    if (talk.status === "error" || talk.status === "rejected") return { provider: "local", reason: talk.status };
    const row = await db().avatarTalk.create({
      data: {
        userId,
        sessionId: input.sessionId ?? null,
        providerTalkId: talk.id,
        status: talk.status,
        resultUrl: talk.result_url ?? null,
      },
      select: { id: true, status: true },
    });
    return { provider: "did", id: row.id, status: row.status as TalkStatus };
  } catch (error) {
    if (error instanceof DidError) {
      logger.warn({ reason: error.reason, userId }, "D-ID talk not created; the in-browser avatar speaks instead");
      return { provider: "local", reason: error.reason };
    }
    throw error;
  }
}

/** The talk's progress, refreshed from D-ID while it is not finished. Another user's talk is a 404. */
export async function pollTalk(userId: string, id: string, now: Date = new Date()): Promise<TalkView> {
  const row = await db().avatarTalk.findFirst({
    where: { id, userId },
    select: {
      id: true,
      status: true,
      resultUrl: true,
      error: true,
      providerTalkId: true,
      sessionId: true,
      createdAt: true,
    },
  });
  if (!row) throw new NotFoundError("That talk does not exist");
  if (TERMINAL.has(row.status)) return view(row);

  if (now.getTime() - row.createdAt.getTime() > TALK_DEADLINE_MS) {
    return view(await fail(row.id, userId, "deadline"));
  }
  let talk;
  try {
    talk = await getDidTalk(row.providerTalkId);
  } catch (error) {
    if (!(error instanceof DidError)) throw error;
    logger.warn({ reason: error.reason, talkId: id }, "D-ID poll failed; the in-browser avatar speaks instead");
    return view(await fail(row.id, userId, error.reason));
  }
  if (talk.status === "done" && !talk.result_url) return view(await fail(row.id, userId, "invalid_response"));
  const updated = await db().$transaction(async (tx) => {
    const saved = await tx.avatarTalk.update({
      where: { id: row.id, userId },
      data: {
        status: talk.status,
        resultUrl: talk.result_url ?? null,
        error: talk.status === "error" || talk.status === "rejected" ? talk.status : null,
      },
      select: { id: true, status: true, resultUrl: true, error: true },
    });
    // The session records which avatar really spoke: D-ID only once a D-ID video exists.
    if (talk.status === "done" && row.sessionId) {
      await tx.sessionRecording.updateMany({
        where: { sessionId: row.sessionId, session: { is: { userId } } },
        data: { avatarProvider: "did" },
      });
    }
    return saved;
  });
  return view(updated);
}

function fail(id: string, userId: string, reason: FallbackReason) {
  return db().avatarTalk.update({
    where: { id, userId },
    data: { status: "error", error: reason },
    select: { id: true, status: true, resultUrl: true, error: true },
  });
}

/** Streams a finished talk's video to its owner, passing Range through so the player can seek. */
export async function talkVideo(userId: string, id: string, range: string | null): Promise<Response> {
  const row = await db().avatarTalk.findFirst({ where: { id, userId, status: "done" }, select: { resultUrl: true } });
  if (!row?.resultUrl) throw new NotFoundError("That talk has no video");
  let upstream: Response;
  try {
    upstream = await fetchTalkVideo(row.resultUrl, range);
  } catch (error) {
    if (error instanceof DidError)
      throw new ServiceUnavailableError("The interviewer's video is not available right now.");
    throw error;
  }
  if (!upstream.ok || !upstream.body) throw new NotFoundError("That talk's video is not available");
  const headers = new Headers({ "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" });
  for (const name of ["content-type", "content-length", "content-range", "accept-ranges"]) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  if (!headers.get("content-type")?.startsWith("video/")) headers.set("content-type", "video/mp4");
  return new Response(upstream.body, { status: upstream.status, headers });
}
