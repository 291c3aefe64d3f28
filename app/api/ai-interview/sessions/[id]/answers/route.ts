import { answerRoute } from "@/lib/interview-session/api";

export const dynamic = "force-dynamic";

/** POST {answerId, answer, durationSeconds?} → {saved, evaluated, score, source}. */
export const POST = answerRoute("text");
