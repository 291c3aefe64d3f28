import "server-only";
import { lintText } from "@/lib/english/harper";
import { textStats } from "@/lib/english/stats";
import type { GrammarReport } from "@/lib/english/schema";

/** The body of `POST /api/english/grammar`: harper's issues and plain text statistics. */
export async function checkGrammar(text: string): Promise<GrammarReport> {
  const issues = await lintText(text);
  return { issues, stats: textStats(text, issues.length) };
}
