import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { route } from "@/lib/api/handler";
import { QuestionRequestSchema, type QuestionSet } from "@/lib/ai/schema";
import { generateQuestions } from "@/lib/ai";
import { AI_QUESTIONS_LIMIT } from "@/lib/ai/limits";
import { recentQuestionIds } from "@/lib/interview-session/queries";
import { questionDocument } from "@/lib/interview-session/sources";
import { findCompany } from "@/lib/companies/queries";

export const dynamic = "force-dynamic";

/**
 * POST {role, level, company?, type?, count, jobDescription? | fromResume?: true}
 * → {source, questions: [{id, text, type, difficulty, talkingPoints, reason?}]}; `reason` comes with a document.
 */
export const POST = route(
  { body: QuestionRequestSchema, rateLimit: AI_QUESTIONS_LIMIT },
  async ({ body, user }) => {
    const document = await questionDocument(user.id, body);
    const company = body.company ? await findCompany(body.company) : null;
    const { source, questions, fallbackReason } = await generateQuestions({
      role: body.role,
      level: body.level,
      company,
      format: body.type ?? "mixed",
      count: body.count,
      seed: randomUUID(),
      excludeIds: await recentQuestionIds(user.id),
      document,
    });
    // Without a document no question has a reason, and the reply keeps its old shape.
    const payload: QuestionSet = { source, questions: document ? questions : questions.map(({ reason: _reason, ...question }) => question) };
    return NextResponse.json(payload, fallbackReason ? { headers: { "X-AI-Fallback-Reason": fallbackReason } } : undefined);
  },
);
