import { startTextSessionRoute } from "@/lib/interview-session/api";

export const dynamic = "force-dynamic";

/** POST {role, level, company?, format, count} → {id, source, questions: [{answerId, position, text, type}]}. */
export const POST = startTextSessionRoute;
