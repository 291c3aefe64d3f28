import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { route } from "@/lib/api/handler";
import { QuestionRequestSchema, type QuestionSet } from "@/lib/ai/schema";
import { generateQuestions } from "@/lib/ai";
import { AI_QUESTIONS_LIMIT } from "@/lib/ai/limits";
import { recentQuestionIds } from "@/lib/interview-session/queries";
import { findCompany } from "@/lib/companies/queries";

export const dynamic = "force-dynamic";

/** POST {role, level, company?, type?, count} → {source, questions: [{id, text, type, difficulty, talkingPoints}]} */
export const POST = route(
  { body: QuestionRequestSchema, rateLimit: AI_QUESTIONS_LIMIT },
  async ({ body, user }) => {
    const company = body.company ? await findCompany(body.company) : null;
    const { source, questions, fallbackReason } = await generateQuestions({
      role: body.role,
      level: body.level,
      company,
      format: body.type ?? "mixed",
      count: body.count,
      seed: randomUUID(),
      excludeIds: await recentQuestionIds(user.id),
    });
    const payload: QuestionSet = { source, questions };
    return NextResponse.json(payload, fallbackReason ? { headers: { "X-AI-Fallback-Reason": fallbackReason } } : undefined);
  },
);
