import { issueOver, type Rule } from "@/lib/english/rules/issue";
import type { Token } from "@/lib/english/rules/tagger";

// "I am agree": "agree" is a verb, not an adjective. "We are agreed" (formal, adjectival) is
// left alone; only the bare "agree"/"disagree" after a form of "be" is flagged.

const BE_FIX: Record<string, { plain: string; negated: string }> = {
  am: { plain: "", negated: "do not" },
  are: { plain: "", negated: "do not" },
  is: { plain: "s", negated: "does not" },
  was: { plain: "d", negated: "did not" },
  were: { plain: "d", negated: "did not" },
};
const CONTRACTED = /^(i|you|we|they|he|she|it)['’](m|re|s)$/i;

function fixFor(be: Token, negated: boolean, verb: string): string | null {
  const fix = BE_FIX[be.lower];
  if (fix) return negated ? `${fix.negated} ${verb}` : `${verb}${fix.plain}`;
  const contracted = CONTRACTED.exec(be.text);
  if (!contracted || negated) return null;
  const pronoun = contracted[1] ?? "";
  return `${pronoun} ${verb}${contracted[2]?.toLowerCase() === "s" ? "s" : ""}`;
}

export const beAgree: Rule = (sentence) => {
  const issues: ReturnType<Rule> = [];
  for (const [index, token] of sentence.entries()) {
    if (token.lower !== "agree" && token.lower !== "disagree") continue;
    const negated = sentence[index - 1]?.lower === "not";
    const be = sentence[index - (negated ? 2 : 1)];
    if (!be) continue;
    const fix = fixFor(be, negated, token.lower);
    if (!fix) continue;
    const message = `“${token.lower}” is a verb: say “I ${token.lower}”, not “I am ${token.lower}”.`;
    issues.push(issueOver(be, token, message, [fix], "grammar"));
  }
  return issues;
};
