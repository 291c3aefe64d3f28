import { issueOver, type Rule } from "@/lib/english/rules/issue";

// Nouns English treats as uncountable, so they have no plural: "informations", "advices".
// "researches" is also a verb ("she researches frameworks"), so it only counts after a
// determiner or adjective ("many researches").

const UNCOUNTABLE: Record<string, string> = {
  informations: "information",
  advices: "advice",
  feedbacks: "feedback",
  equipments: "equipment",
  knowledges: "knowledge",
  furnitures: "furniture",
  softwares: "software",
  homeworks: "homework",
  luggages: "luggage",
  baggages: "baggage",
  researches: "research",
};
const NEEDS_DETERMINER = new Set(["researches"]);

export const uncountablePlurals: Rule = (sentence) => {
  const issues: ReturnType<Rule> = [];
  for (const [index, token] of sentence.entries()) {
    const singular = UNCOUNTABLE[token.lower];
    if (!singular) continue;
    const before = sentence[index - 1];
    if (NEEDS_DETERMINER.has(token.lower) && !(before && (before.pos === "DET" || before.pos === "ADJ"))) continue;
    issues.push(
      issueOver(
        token,
        token,
        `“${singular}” is uncountable, so it has no plural: use “${singular}”.`,
        [singular],
        "uncountable",
      ),
    );
  }
  return issues;
};
