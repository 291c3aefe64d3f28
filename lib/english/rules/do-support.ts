import { isPastForm, isThirdPerson } from "@/lib/english/rules/inflect";
import { issueOver, NEGATIONS, skipAdverbs, type Rule } from "@/lib/english/rules/issue";
import type { Token } from "@/lib/english/rules/tagger";

// do/does/did carry the tense, so the verb after them is bare: "didn't go", "Does she work?".
// Only negations and questions are judged: in "the work he did helped" "did" is the main verb.

const WH_WORDS = new Set(["what", "why", "how", "when", "where", "which", "who"]);
const SUBJECT_PRONOUNS = new Set(["i", "we", "you", "they", "he", "she", "it"]);

function isInflected(token: Token | undefined): token is Token {
  return (
    !!token && token.pos === "VERB" && (isThirdPerson(token.lower, token.lemma) || isPastForm(token.lower, token.lemma))
  );
}

/** Index of the verb a question's subject leaves behind: "Did [you] finished", "Does [the build] pass". */
function afterSubject(sentence: readonly Token[], index: number): number {
  const token = sentence[index];
  if (!token) return -1;
  if (SUBJECT_PRONOUNS.has(token.lower) && token.pos === "PRON") return index + 1;
  let end = index;
  if (token.pos === "DET") end += 1;
  while (sentence[end]?.pos === "NOUN" || sentence[end]?.pos === "ADJ" || sentence[end]?.pos === "PROPN") end += 1;
  return end > index && sentence[end - 1]?.pos !== "ADJ" ? end : -1;
}

export const doSupport: Rule = (sentence) => {
  const issues: ReturnType<Rule> = [];
  for (const [index, token] of sentence.entries()) {
    if (token.pos !== "AUX" || token.lemma !== "do") continue;
    let verbIndex = -1;
    if (NEGATIONS.has(sentence[index + 1]?.lower ?? "")) {
      verbIndex = skipAdverbs(sentence, index + 2);
    } else {
      const before = sentence[index - 1];
      if (!before || before.pos === "PUNCT" || WH_WORDS.has(before.lower)) {
        const end = afterSubject(sentence, index + 1);
        if (end > 0) verbIndex = skipAdverbs(sentence, end);
      }
    }
    const verb = sentence[verbIndex];
    if (!isInflected(verb)) continue;
    const message = `After “${token.text}”, use the base form of the verb: “${verb.lemma}”.`;
    issues.push(issueOver(verb, verb, message, [verb.lemma], "grammar"));
  }
  return issues;
};
