import { NextResponse } from "next/server";
import { route } from "@/lib/api/handler";
import { EvaluateRequestSchema, type Evaluation } from "@/lib/ai/schema";
import { evaluateAnswer } from "@/lib/ai";
import { AI_EVALUATE_LIMIT } from "@/lib/ai/limits";
import { findBankQuestion } from "@/lib/questions/queries";

export const dynamic = "force-dynamic";

/** POST {question, answer, role?, level?} → {source, score, strengths[], improvements[], suggestions[], metrics} */
export const POST = route(
  { body: EvaluateRequestSchema, rateLimit: AI_EVALUATE_LIMIT },
  async ({ body }) => {
    // A question from the bank brings its talking points and type to the evaluation.
    const known = await findBankQuestion(body.question);
    const { evaluation, fallbackReason } = await evaluateAnswer({
      question: body.question,
      answer: body.answer,
      role: body.role,
      level: body.level,
      questionType: known?.type,
      talkingPoints: known?.talkingPoints,
    });
    const payload: Evaluation = {
      source: evaluation.source,
      score: evaluation.score,
      strengths: evaluation.strengths,
      improvements: evaluation.improvements,
      suggestions: evaluation.suggestions,
      metrics: evaluation.metrics,
    };
    return NextResponse.json(payload, fallbackReason ? { headers: { "X-AI-Fallback-Reason": fallbackReason } } : undefined);
  },
);
