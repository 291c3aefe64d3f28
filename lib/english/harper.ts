import "server-only";
import { LocalLinter, SuggestionKind, type Lint } from "harper.js";
import { binary } from "harper.js/binary";
import type { GrammarIssue } from "@/lib/english/schema";
import { locateProblem } from "@/lib/english/offsets";
import { categoryOf } from "@/lib/english/labels";
import { logger } from "@/lib/logger";

// harper (https://writewithharper.com) checks grammar on this server, offline and without a
// key. Compiling its WebAssembly takes a second or two, so one linter serves the whole process;
// it holds no per-user state (we never add words to its dictionary or ignore lints).

let ready: Promise<LocalLinter> | null = null;

function linter(): Promise<LocalLinter> {
  if (!ready) {
    const instance = new LocalLinter({ binary });
    ready = instance
      .setup()
      // The first lint is several times slower than the next ones; pay for it here.
      .then(() => instance.lint("Warm up the engine.", { language: "plaintext" }))
      .then(
        (lints) => {
          for (const lint of lints) lint.free();
          return instance;
        },
        (error: unknown) => {
          // A failed start-up is retried by the next request instead of failing forever.
          ready = null;
          throw error;
        },
      );
  }
  return ready;
}

function toIssue(text: string, lint: Lint): GrammarIssue | null {
  const span = lint.span();
  const raw = { start: span.start, end: span.end };
  span.free();
  const problem = lint.get_problem_text();
  const located = locateProblem(text, raw, problem);
  if (!located) {
    logger.warn({ kind: lint.lint_kind() }, "harper span does not match its problem text; issue dropped");
    return null;
  }
  const suggestions = lint.suggestions();
  const replacements = suggestions.map((suggestion) =>
    // An insertion goes after the flagged text; as a replacement it keeps that text in front.
    suggestion.kind() === SuggestionKind.InsertAfter
      ? problem + suggestion.get_replacement_text()
      : suggestion.get_replacement_text(),
  );
  for (const suggestion of suggestions) suggestion.free();
  return {
    ...located,
    message: lint.message(),
    suggestions: [...new Set(replacements)],
    category: categoryOf(lint.lint_kind()),
  };
}

/**
 * Starts compiling harper without waiting for it. Pages that lead to a check call this, so the
 * first check after a restart does not pay the few seconds of start-up.
 */
export function warmUpLinter(): void {
  linter().catch((error: unknown) => logger.warn({ err: error }, "harper failed to start; the next check retries"));
}

/** Every problem harper finds in plain text, in text order. */
export async function lintText(text: string): Promise<GrammarIssue[]> {
  if (text.trim() === "") return [];
  const lints = await (await linter()).lint(text, { language: "plaintext" });
  const issues: GrammarIssue[] = [];
  for (const lint of lints) {
    const issue = toIssue(text, lint);
    lint.free();
    if (issue) issues.push(issue);
  }
  return issues.sort((a, b) => a.start - b.start || a.end - b.end);
}
