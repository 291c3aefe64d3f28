import "server-only";
import { db } from "@/lib/db";
import { generateFollowUp } from "@/lib/ai";
import { logger } from "@/lib/logger";
import type { StoredFeedback } from "@/lib/ai/schema";
import type { AnswerRef } from "@/lib/interview-session/answers";
import { MAX_FOLLOW_UPS, SessionDataSchema } from "@/lib/interview-session/schema";
import { followUpPosition } from "@/lib/interview-session/threads";
import { FollowUpTargetSchema, type FollowUpTarget } from "@/lib/ai/schema";
import type { QuestionType } from "@/lib/questions/schema";

// Follow-up questions in a session (issue #15): after an answer is scored, the interviewer
// may ask about the biggest gap in its thread, up to the number chosen at setup. A follow-up is
// a session_answer row pointing to its question's row (parent_id), with the gap it probes.

export type ThreadText = { questionText: string; questionType: QuestionType; talkingPoints: string[]; answerText: string };

/**
 * The question a thread answers and everything said in it up to and including `ref`'s row,
 * oldest first. Scoped like every answer query: the user's own session of that kind.
 */
export async function threadOf(ref: AnswerRef, parentId: string): Promise<ThreadText | null> {
  const parent = await db().sessionAnswer.findFirst({
    where: { id: parentId, sessionId: ref.sessionId, userId: ref.userId, session: { is: { kind: ref.kind } } },
    select: {
      questionText: true,
      questionType: true,
      talkingPoints: true,
      answerText: true,
      followUps: { orderBy: { position: "asc" }, select: { id: true, answerText: true } },
    },
  });
  if (!parent) return null;
  const upTo = parent.followUps.findIndex((f) => f.id === ref.answerId);
  const said = [parent.answerText, ...parent.followUps.slice(0, upTo < 0 ? undefined : upTo + 1).map((f) => f.answerText)];
  return {
    questionText: parent.questionText,
    questionType: parent.questionType,
    talkingPoints: parent.talkingPoints,
    answerText: said.filter((text): text is string => text !== null && text.trim() !== "").join("\n\n"),
  };
}

/**
 * Asks the next follow-up in the thread of the answer `ref` names, when the session's setting
 * allows another and the thread still has a gap. Never throws: a follow-up is a bonus, and the
 * answer and its score are already stored.
 */
export async function askFollowUp(ref: AnswerRef): Promise<void> {
  try {
    const answer = await db().sessionAnswer.findFirst({
      where: { id: ref.answerId, sessionId: ref.sessionId, userId: ref.userId, session: { is: { kind: ref.kind } } },
      select: {
        id: true,
        parentId: true,
        session: { select: { role: true, level: true, questionsPlanned: true, sessionData: true } },
      },
    });
    if (!answer) return;
    const allowed = SessionDataSchema.safeParse(answer.session.sessionData).data?.followUps ?? 0;
    if (allowed === 0) return;
    const rootId = answer.parentId ?? answer.id;
    const root = await db().sessionAnswer.findFirst({
      where: { id: rootId, sessionId: ref.sessionId, userId: ref.userId },
      select: { position: true, followUps: { orderBy: { position: "asc" }, select: { id: true, followUpTarget: true, answerText: true } } },
    });
    if (!root) return;
    // Only the newest answer of a thread may ask the next one, and only once it is answered.
    const last = root.followUps.at(-1);
    if (last && (last.id !== answer.id || last.answerText === null)) return;
    if (root.followUps.length >= Math.min(allowed, MAX_FOLLOW_UPS)) return;

    const thread = await threadOf({ ...ref, answerId: last?.id ?? rootId }, rootId);
    if (!thread || thread.answerText === "") return;
    const asked: FollowUpTarget[] = root.followUps.flatMap((f) => {
      const target = FollowUpTargetSchema.safeParse(f.followUpTarget).data;
      return target ? [target] : [];
    });
    const { source, model, fallbackReason, followUp } = await generateFollowUp({
      question: thread.questionText,
      questionType: thread.questionType,
      talkingPoints: thread.talkingPoints,
      answer: thread.answerText,
      role: answer.session.role,
      level: answer.session.level ?? undefined,
      asked,
    });
    if (!followUp) return;
    const askedBy: StoredFeedback = {
      strengths: [],
      improvements: [],
      suggestions: [],
      askedBy: { source, ...(model ? { model } : {}), ...(fallbackReason ? { fallbackReason } : {}) },
    };
    const index = root.followUps.length + 1;
    await db().$transaction(async (tx) => {
      // The position is fixed per question and index, so a repeated request creates nothing.
      const created = await tx.sessionAnswer.createMany({
        data: [
          {
            userId: ref.userId,
            sessionId: ref.sessionId,
            parentId: rootId,
            position: followUpPosition(answer.session.questionsPlanned, root.position, index, MAX_FOLLOW_UPS),
            questionText: followUp.question,
            questionType: thread.questionType,
            talkingPoints: thread.talkingPoints,
            followUpTarget: followUp.target,
            reason: followUp.reason.slice(0, 300),
            feedback: askedBy,
          },
        ],
        skipDuplicates: true,
      });
      // A session whose last question was just scored is not complete while a follow-up waits.
      if (created.count === 1) {
        await tx.interviewSession.update({
          where: { id: ref.sessionId, userId: ref.userId },
          data: { completed: false, completedAt: null },
          select: { id: true },
        });
      }
    });
  } catch (error) {
    logger.error({ err: error, answerId: ref.answerId }, "asking a follow-up failed; the session goes on without it");
  }
}
