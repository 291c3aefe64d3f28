import { issueOver, type Rule } from "@/lib/english/rules/issue";

// "I am agree": "agree" is a verb, not an adjective. "We are agreed" (formal, adjectival) is
// left alone; only the bare "agree"/"disagree" after a form of "be" is flagged.

const BE_FIX: Record<string, { plain: string; negated: string }> = {
  am: { plain: "", negated: "do not" },
  are: { plain: "", negated: "do not" },
  is: { plain: "s", negated: "does not" },
  was: { plain: "d", negated: "did not" },
  were: { plain: "d", negated: "did not" },
};
const CONTRACTION_OF: Record<string, string> = { "'m": "am", "'re": "are", "'s": "is" };
// The tagger keeps "I'm" as one token but splits "we're" into "we" + "'re".
const JOINED = /^(i|you|we|they|he|she|it)'(m|re|s)$/;
const PRONOUNS = new Set(["i", "you", "we", "they", "he", "she", "it"]);

function replacement(be: string, negated: boolean, verb: string): string | null {
  const fix = BE_FIX[be];
  if (!fix) return null;
  return negated ? `${fix.negated} ${verb}` : `${verb}${fix.plain}`;
}

export const beAgree: Rule = (sentence) => {
  const issues: ReturnType<Rule> = [];
  for (const [index, token] of sentence.entries()) {
    if (token.lower !== "agree" && token.lower !== "disagree") continue;
    const negated = sentence[index - 1]?.lower === "not";
    const beIndex = index - (negated ? 2 : 1);
    const be = sentence[beIndex];
    if (!be) continue;
    const message = `“${token.lower}” is a verb: say “I ${token.lower}”, not “I am ${token.lower}”.`;
    const joined = JOINED.exec(be.lower);
    const split = CONTRACTION_OF[be.lower];
    const pronoun = joined ? be : split ? sentence[beIndex - 1] : undefined;
    if (joined || split) {
      // A contraction is replaced together with its pronoun: "we're agree" → "we agree".
      if (!pronoun || (!joined && !PRONOUNS.has(pronoun.lower))) continue;
      const fix = replacement(split ?? CONTRACTION_OF[`'${joined?.[2]}`] ?? "", negated, token.lower);
      const word = joined ? be.text.slice(0, (joined[1] ?? "").length) : pronoun.text;
      if (fix) issues.push(issueOver(pronoun, token, message, [`${word} ${fix}`], "grammar"));
      continue;
    }
    const fix = replacement(be.lower, negated, token.lower);
    if (fix) issues.push(issueOver(be, token, message, [fix], "grammar"));
  }
  return issues;
};
