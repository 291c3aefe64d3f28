import { issueOver, type Rule } from "@/lib/english/rules/issue";
import type { Token } from "@/lib/english/rules/tagger";

// "explain me the process", "she said me that…": explain, describe and say take the listener
// after "to" (or, for say, switch to "tell"). A pronoun that can be the thing explained or
// described ("explain them to the team", "describe you") is only flagged when a second object follows.

const SECOND_OBJECT = new Set([
  "the",
  "a",
  "an",
  "my",
  "our",
  "your",
  "his",
  "their",
  "its",
  "this",
  "these",
  "those",
  "how",
  "what",
  "why",
  "where",
  "when",
  "who",
  "which",
  "that",
]);
const TELL: Record<string, string> = { say: "tell", says: "tells", said: "told", saying: "telling" };

function flags(verb: Token, pronoun: string, next: Token | undefined): boolean {
  const followedByObject = !!next && SECOND_OBJECT.has(next.lower);
  switch (verb.lemma) {
    case "explain":
      return (
        pronoun === "me" || pronoun === "us" || (["you", "him", "her", "them"].includes(pronoun) && followedByObject)
      );
    case "describe":
      return ["me", "us", "you", "him", "her", "them"].includes(pronoun) && followedByObject;
    case "say":
      return (
        pronoun === "me" ||
        pronoun === "us" ||
        pronoun === "him" ||
        ((pronoun === "her" || pronoun === "them") && next?.lower === "that")
      );
    default:
      return false;
  }
}

export const indirectObjects: Rule = (sentence) => {
  const issues: ReturnType<Rule> = [];
  for (const [index, verb] of sentence.entries()) {
    const pronoun = sentence[index + 1];
    if (verb.pos !== "VERB" || !pronoun || pronoun.pos !== "PRON") continue;
    if (!flags(verb, pronoun.lower, sentence[index + 2])) continue;
    if (verb.lemma === "say") {
      const tell = TELL[verb.lower] ?? "tell";
      const fix = `${tell} ${pronoun.text}`;
      const message = `“${verb.text}” does not take the listener as its object: use “${fix}” or “${verb.text} to ${pronoun.text}”.`;
      issues.push(issueOver(verb, pronoun, message, [fix, `${verb.text} to ${pronoun.text}`], "usage"));
    } else {
      const fix = `${verb.text} to ${pronoun.text}`;
      const message = `Say “${verb.lemma} something to ${pronoun.text}”: the listener comes after “to”.`;
      issues.push(issueOver(verb, pronoun, message, [fix], "usage"));
    }
  }
  return issues;
};
