import type { FollowUpTarget } from "@/lib/ai/schema";
import type { FollowUpReply } from "@/lib/ai/prompts";
import type { FollowUpGap } from "@/lib/ai/local/follow-up";
import type { QuestionType } from "@/lib/questions/schema";

// The local checks guard an AI follow-up as they guard an AI score (lib/ai/guard.ts). The answer
// the model reads may tell it to ask nothing, or to ask about something else; the open gaps found
// locally cannot be talked round. A reply is kept only when it probes one of them.

export type FollowUp = { target: FollowUpTarget; question: string; reason: string };

/** Stored beside a local follow-up that replaced an AI reply the guard rejected. */
export const OFF_TARGET = "off_target";

const AI_CLAIM_REASON = "The interviewer found a technical claim in the answer worth probing.";

/**
 * The AI's follow-up when it stays on the open gaps; "rejected" when it probes something the
 * checks found covered, declines to ask while a gap is open, or is not a question.
 */
export function guardFollowUp(
  reply: FollowUpReply,
  gaps: readonly FollowUpGap[],
  context: { questionType?: QuestionType; asked?: readonly FollowUpTarget[] },
): FollowUp | null | "rejected" {
  const text = reply.followUp?.trim() ?? "";
  if (reply.target === null || text === "") return gaps.length === 0 ? null : "rejected";
  const gap = gaps.find((g) => g.target === reply.target);
  if (gap) {
    // The way back to the question is the question itself, word for word, not the model's paraphrase.
    if (gap.target === "off-topic") return gap;
    return text.endsWith("?") ? { target: gap.target, question: text, reason: gap.reason } : "rejected";
  }
  // A model knows more technology than our claim catalogue, so it may probe a claim the local
  // checks did not name, but only in a technical answer that is on the question and not probed yet.
  const mayProbeClaim =
    reply.target === "claim" &&
    context.questionType !== "behavioral" &&
    !gaps.some((g) => g.target === "off-topic") &&
    !(context.asked ?? []).includes("claim");
  return mayProbeClaim && text.endsWith("?") ? { target: "claim", question: text, reason: AI_CLAIM_REASON } : "rejected";
}
