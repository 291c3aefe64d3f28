import { ingOf } from "@/lib/english/rules/inflect";
import { issueOver, type Rule } from "@/lib/english/rules/issue";

// Verbs followed by an -ing form, not "to": "enjoy working", "avoid answering",
// "look forward to meeting". "consider" and "miss" are left out: "is considered to be" is fine.

const GERUND_VERBS = new Set([
  "enjoy",
  "avoid",
  "finish",
  "suggest",
  "mind",
  "postpone",
  "delay",
  "deny",
  "dislike",
  "quit",
  "risk",
  "imagine",
  "practise",
  "practice",
  "recommend",
]);

export const gerunds: Rule = (sentence) => {
  const issues: ReturnType<Rule> = [];
  for (const [index, verb] of sentence.entries()) {
    const to = sentence[index + 1];
    const next = sentence[index + 2];
    if (!to || to.lower !== "to" || !next || next.pos !== "VERB" || next.lower !== next.lemma) continue;
    const fix = ingOf(next.lemma);
    if (verb.pos === "VERB" && GERUND_VERBS.has(verb.lemma) && to.pos === "PART") {
      const message = `“${verb.lemma}” is followed by an -ing form: “${verb.text} ${fix}”.`;
      issues.push(issueOver(to, next, message, [fix], "grammar"));
    } else if (verb.lower === "forward" && sentence[index - 1]?.lemma === "look") {
      const message = `In “look forward to”, “to” is a preposition, so an -ing form follows: “to ${fix}”.`;
      issues.push(issueOver(next, next, message, [fix], "grammar"));
    }
  }
  return issues;
};
