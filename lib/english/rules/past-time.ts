import { isDistinctBase, isThirdPerson, pastOf } from "@/lib/english/rules/inflect";
import { issueOver, skipAdverbs, type Rule } from "@/lib/english/rules/issue";
import type { Token } from "@/lib/english/rules/tagger";

// "Yesterday I go", "Last year we launch", "Two days ago she call". Only a marker that opens the
// sentence is trusted, and only the first verb after its subject is judged: later verbs may sit
// in clauses with their own time ("Yesterday I said that we launch next week").

const TIME_NOUNS =
  /^(week|month|year|night|summer|winter|spring|autumn|fall|quarter|sprint|weekend|semester|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const UNITS = /^(second|minute|hour|day|week|month|year|decade)s?$/;
const SUBJECT_PRONOUNS = new Set(["i", "we", "you", "they", "he", "she", "it"]);
const POSSESSIVES = new Set(["my", "our", "his", "her", "their", "your", "the"]);

/** Index after a sentence-opening past time marker, or -1. */
function markerEnd(sentence: readonly Token[]): number {
  const [first, second, third] = sentence;
  let end = -1;
  if (first?.lower === "yesterday") end = 1;
  else if (first?.lower === "last" && second && TIME_NOUNS.test(second.lower)) end = 2;
  else if (
    (first?.pos === "NUM" || first?.lower === "a") &&
    second &&
    UNITS.test(second.lower) &&
    third?.lower === "ago"
  )
    end = 3;
  if (end < 0 || sentence[end]?.lower === "'s") return -1;
  return sentence[end]?.text === "," ? end + 1 : end;
}

function subjectEnd(sentence: readonly Token[], index: number): number {
  const token = sentence[index];
  if (!token) return -1;
  if (SUBJECT_PRONOUNS.has(token.lower) && token.pos === "PRON") return index + 1;
  if (!POSSESSIVES.has(token.lower)) return -1;
  let end = index + 1;
  while (sentence[end]?.pos === "ADJ" || sentence[end]?.pos === "NOUN") end += 1;
  return sentence[end - 1]?.pos === "NOUN" ? end : -1;
}

export const pastTimeTense: Rule = (sentence) => {
  const marker = markerEnd(sentence);
  if (marker < 0) return [];
  const subject = subjectEnd(sentence, marker);
  if (subject < 0) return [];
  const verb = sentence[skipAdverbs(sentence, subject)];
  if (!verb || verb.pos !== "VERB") return [];
  if (!isDistinctBase(verb.lower, verb.lemma) && !isThirdPerson(verb.lower, verb.lemma)) return [];
  const fix = pastOf(verb.lemma);
  const when = sentence
    .slice(0, marker)
    .filter((t) => t.text !== ",")
    .map((t) => t.text)
    .join(" ");
  return [issueOver(verb, verb, `“${when}” is in the past, so use the past tense: “${fix}”.`, [fix], "tense")];
};
