import { isDistinctBase, thirdPersonOf } from "@/lib/english/rules/inflect";
import { issueOver, skipAdverbs, type Rule } from "@/lib/english/rules/issue";
import type { Token } from "@/lib/english/rules/tagger";

// "He work here", "My manager want a report", "Everyone were happy". Only subjects that open a
// clause count, so objects of causatives ("made it work", "helped him find") and coordinated
// subjects ("He and I work") are never read as the subject of the next verb.

const SINGULAR_PRONOUNS = new Set(["he", "she", "it"]);
const INDEFINITES = new Set(["everyone", "everybody", "nobody", "someone", "somebody", "anyone", "anybody", "no-one"]);
const CLAUSE_OPENERS = new Set([
  "when",
  "if",
  "because",
  "but",
  "so",
  "while",
  "although",
  "though",
  "after",
  "before",
  "until",
  "unless",
  "once",
  "where",
]);
const DETERMINERS = new Set([
  "the",
  "my",
  "our",
  "his",
  "her",
  "their",
  "your",
  "its",
  "this",
  "that",
  "every",
  "each",
]);
// Collective nouns take a plural verb in British English ("the team need"): not an error.
const COLLECTIVES = new Set([
  "team",
  "staff",
  "family",
  "company",
  "government",
  "group",
  "committee",
  "management",
  "board",
  "crew",
  "police",
  "audience",
  "class",
  "department",
  "firm",
  "couple",
  "majority",
  "public",
  "sheep",
  "fish",
  "series",
  "species",
]);
const PLURAL_BE: Record<string, string> = { were: "was", are: "is" };

/** Punctuation, emoji and other symbols end a clause; a hyphen joins words. */
function isBoundary(text: string): boolean {
  return text !== "-" && /^[^\p{L}\p{N}]+$/u.test(text);
}

function opensClause(sentence: readonly Token[], index: number): boolean {
  const previous = sentence[index - 1];
  if (!previous) return true;
  return isBoundary(previous.text) || CLAUSE_OPENERS.has(previous.lower);
}

/** Index just past a singular noun subject such as "my manager" or "our new product", or -1. */
function nounSubjectEnd(sentence: readonly Token[], index: number): number {
  if (!DETERMINERS.has(sentence[index]?.lower ?? "")) return -1;
  let end = index + 1;
  while (sentence[end]?.pos === "ADJ" || (sentence[end]?.pos === "NOUN" && sentence[end + 1]?.pos === "NOUN")) end += 1;
  const noun = sentence[end];
  if (
    !noun ||
    noun.pos !== "NOUN" ||
    noun.lower !== noun.lemma ||
    noun.lower.endsWith("s") ||
    COLLECTIVES.has(noun.lower)
  )
    return -1;
  return end + 1;
}

function checkVerb(sentence: readonly Token[], verbIndex: number, subject: string): ReturnType<Rule> {
  const verb = sentence[verbIndex];
  const next = sentence[verbIndex + 1];
  if (!verb) return [];
  if (verb.lower === "do" && verb.pos === "AUX" && next && (next.lower === "n't" || next.lower === "not")) {
    const replacement = next.lower === "n't" ? "doesn't" : "does not";
    return [issueOver(verb, next, `With “${subject}”, use “${replacement}”.`, [replacement], "agreement")];
  }
  const isVerb = verb.pos === "VERB" || (verb.pos === "AUX" && verb.lower === "have");
  if (!isVerb || !isDistinctBase(verb.lower, verb.lemma)) return [];
  const fix = thirdPersonOf(verb.lemma);
  return [
    issueOver(verb, verb, `With the singular subject “${subject}”, the verb takes -s: “${fix}”.`, [fix], "agreement"),
  ];
}

export const subjectVerbAgreement: Rule = (sentence) => {
  const issues: ReturnType<Rule> = [];
  for (const [index, token] of sentence.entries()) {
    if (!opensClause(sentence, index)) continue;
    if (SINGULAR_PRONOUNS.has(token.lower) && token.pos === "PRON") {
      issues.push(...checkVerb(sentence, skipAdverbs(sentence, index + 1), token.text));
    } else if (INDEFINITES.has(token.lower)) {
      const verbIndex = skipAdverbs(sentence, index + 1);
      const verb = sentence[verbIndex];
      const fix = verb ? PLURAL_BE[verb.lower] : undefined;
      if (verb && fix)
        issues.push(issueOver(verb, verb, `“${token.text}” is singular: use “${fix}”.`, [fix], "agreement"));
      else issues.push(...checkVerb(sentence, verbIndex, token.text));
    } else if (index === 0 || isBoundary(sentence[index - 1]?.text ?? "")) {
      const end = nounSubjectEnd(sentence, index);
      if (end > 0) {
        const subject = sentence
          .slice(index, end)
          .map((t) => t.text)
          .join(" ");
        issues.push(...checkVerb(sentence, skipAdverbs(sentence, end), subject));
      }
    }
  }
  return issues;
};
