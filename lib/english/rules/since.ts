import { isDistinctBase, isPastForm, isThirdPerson, participleOf } from "@/lib/english/rules/inflect";
import { issueOver, skipAdverbs, type Rule } from "@/lib/english/rules/issue";
import type { Token } from "@/lib/english/rules/tagger";

// "since" + a point in time needs the present perfect: "I have worked here since 2019", not
// "I am working" or "I work". "since" also means "because" ("since the deadline is close"), so
// it only counts before an unmistakable point in time, and only after the verb of its clause.

const MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;
const POINTS = new Set([
  "then",
  "childhood",
  "college",
  "school",
  "university",
  "yesterday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
]);
const TIME_NOUNS = /^(week|month|year|summer|winter|spring|autumn|fall|quarter|sprint|semester)$/;
const PAST_BE = new Set(["was", "were"]);
const SUBJECT_PRONOUNS = new Set(["i", "we", "you", "they", "he", "she", "it"]);
const PERFECT_FOR: Record<string, string> = {
  am: "have",
  are: "have",
  is: "has",
  "'m": "have",
  "'re": "have",
  "'s": "has",
};

function isPointInTime(sentence: readonly Token[], index: number): boolean {
  const first = sentence[index];
  const second = sentence[index + 1];
  if (!first) return false;
  if (first.pos === "NUM" && /^(19|20)\d\d$/.test(first.text)) return true;
  if (MONTHS.test(first.lower) || POINTS.has(first.lower)) return true;
  if (first.lower === "last" && second && TIME_NOUNS.test(second.lower)) return true;
  return SUBJECT_PRONOUNS.has(first.lower) && !!second && PAST_BE.has(second.lower);
}

/** Start of the clause that ends just before `index`. */
function clauseStart(sentence: readonly Token[], index: number): number {
  let start = index;
  while (start > 0) {
    const before = sentence[start - 1];
    if (!before || before.pos === "PUNCT" || before.pos === "SCONJ" || before.pos === "CCONJ") break;
    start -= 1;
  }
  return start;
}

function hasOwnTime(clause: readonly Token[]): boolean {
  return clause.some(
    (t) =>
      (t.pos === "AUX" &&
        (t.lemma === "have" ||
          t.lemma === "will" ||
          isPastForm(t.lower, t.lemma) ||
          ["can", "could", "would", "should", "might", "must", "may", "did"].includes(t.lower))) ||
      (t.pos === "VERB" && isPastForm(t.lower, t.lemma)),
  );
}

function finding(clause: readonly Token[]): ReturnType<Rule> {
  for (const [index, token] of clause.entries()) {
    const subject = clause[index - 1];
    if (token.pos === "AUX" && PERFECT_FOR[token.lower]) {
      const verb = clause[skipAdverbs(clause, index + 1)];
      if (!verb || verb.pos !== "VERB" || !verb.lower.endsWith("ing")) return [];
      const fix = `${PERFECT_FOR[token.lower]} been ${verb.text}`;
      const message = `With “since” and a point in time, use the present perfect: “${fix}”.`;
      return [issueOver(token, verb, message, [fix], "tense")];
    }
    if (token.pos !== "VERB") continue;
    if (!subject || !(subject.pos === "PRON" || subject.pos === "NOUN" || subject.pos === "PROPN")) return [];
    const third = isThirdPerson(token.lower, token.lemma);
    if (!third && !isDistinctBase(token.lower, token.lemma)) return [];
    const fix = `${third || ["he", "she", "it"].includes(subject.lower) ? "has" : "have"} ${participleOf(token.lemma)}`;
    const message = `With “since” and a point in time, use the present perfect: “${fix}”.`;
    return [issueOver(token, token, message, [fix], "tense")];
  }
  return [];
}

export const sinceTense: Rule = (sentence) => {
  const issues: ReturnType<Rule> = [];
  for (const [index, token] of sentence.entries()) {
    if (token.lower !== "since" || index === 0 || !isPointInTime(sentence, index + 1)) continue;
    const clause = sentence.slice(clauseStart(sentence, index), index);
    if (clause.length === 0 || hasOwnTime(clause)) continue;
    issues.push(...finding(clause));
  }
  return issues;
};
