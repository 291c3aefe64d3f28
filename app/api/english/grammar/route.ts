import { route } from "@/lib/api/handler";
import { GrammarRequestSchema, type GrammarReport } from "@/lib/english/schema";
import { checkGrammar } from "@/lib/english/grammar";
import { ENGLISH_LIMITS } from "@/lib/english/limits";

export const dynamic = "force-dynamic";

/** POST {text} (1..10,000 characters) → {issues: [{start, end, message, suggestions[], category}], stats} */
export const POST = route(
  { body: GrammarRequestSchema, rateLimit: { name: "english-grammar", ...ENGLISH_LIMITS.grammar } },
  async ({ body }): Promise<GrammarReport> => checkGrammar(body.text),
);
