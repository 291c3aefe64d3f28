import "server-only";
import { lintText } from "@/lib/english/harper";
import { checkRules, withoutOverlaps } from "@/lib/english/rules";
import { textStats } from "@/lib/english/stats";
import type { GrammarReport } from "@/lib/english/schema";

/**
 * The body of `POST /api/english/grammar`: harper's issues, the learner-mistake rules' issues
 * where harper found nothing over the same words, and plain text statistics.
 */
export async function checkGrammar(text: string): Promise<GrammarReport> {
  const found = await lintText(text);
  const issues = [...found, ...withoutOverlaps(checkRules(text), found)].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  return { issues, stats: textStats(text, issues.length) };
}
