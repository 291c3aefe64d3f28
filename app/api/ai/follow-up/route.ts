import { NextResponse } from "next/server";
import { route } from "@/lib/api/handler";
import { FollowUpRequestSchema, type FollowUpResponse } from "@/lib/ai/schema";
import { generateFollowUp } from "@/lib/ai";
import { AI_FOLLOW_UP_LIMIT } from "@/lib/ai/limits";
import { findBankQuestion } from "@/lib/questions/queries";

export const dynamic = "force-dynamic";

/** POST {question, answer, role?, level?} → {source, followUp: string | null, target: "result" | … | null} */
export const POST = route({ body: FollowUpRequestSchema, rateLimit: AI_FOLLOW_UP_LIMIT }, async ({ body }) => {
  // A bank question brings its type and talking points, as for /api/ai/evaluate.
  const known = await findBankQuestion(body.question);
  const { source, followUp, fallbackReason } = await generateFollowUp({
    question: body.question,
    answer: body.answer,
    role: body.role,
    level: body.level,
    questionType: known?.type,
    talkingPoints: known?.talkingPoints,
  });
  const payload: FollowUpResponse = { source, followUp: followUp?.question ?? null, target: followUp?.target ?? null };
  return NextResponse.json(payload, fallbackReason ? { headers: { "X-AI-Fallback-Reason": fallbackReason } } : undefined);
});
