import { isPastForm, isThirdPerson } from "@/lib/english/rules/inflect";
import { issueOver, NEGATIONS, skipAdverbs, type Rule } from "@/lib/english/rules/issue";

// A modal takes the bare infinitive: "can speak", not "can speaks", "should went" or "must to go".

const MODALS = new Set(["can", "could", "will", "would", "shall", "should", "may", "might", "must"]);

export const modalVerbForms: Rule = (sentence) => {
  const issues: ReturnType<Rule> = [];
  for (const [index, modal] of sentence.entries()) {
    if (modal.pos !== "AUX" || !MODALS.has(modal.lower)) continue;
    let verbIndex = index + 1;
    if (NEGATIONS.has(sentence[verbIndex]?.lower ?? "")) verbIndex += 1;
    verbIndex = skipAdverbs(sentence, verbIndex);
    const verb = sentence[verbIndex];
    if (!verb) continue;
    if (verb.lower === "to" && verb.pos === "PART" && sentence[verbIndex + 1]?.pos === "VERB") {
      const message = `“${modal.text}” is followed by the verb without “to”.`;
      issues.push(issueOver(modal, verb, message, [modal.text], "grammar"));
    } else if (verb.pos === "VERB" && (isThirdPerson(verb.lower, verb.lemma) || isPastForm(verb.lower, verb.lemma))) {
      const message = `After “${modal.text}”, use the base form of the verb: “${verb.lemma}”.`;
      issues.push(issueOver(verb, verb, message, [verb.lemma], "grammar"));
    }
  }
  return issues;
};
