import { issueOver, type Rule } from "@/lib/english/rules/issue";
import type { Token } from "@/lib/english/rules/tagger";

// Words that take one preposition where learners often use another. Each entry names the
// word by its lemma, the wrong preposition and the right one(s); "" means the word takes none.

type Pattern = { lemma: string; wrong: readonly string[]; right: readonly string[] };

const PATTERNS: readonly Pattern[] = [
  { lemma: "depend", wrong: ["of", "from"], right: ["on"] },
  { lemma: "dependent", wrong: ["of", "from"], right: ["on"] },
  { lemma: "interested", wrong: ["about", "on"], right: ["in"] },
  { lemma: "married", wrong: ["with"], right: ["to"] },
  { lemma: "discuss", wrong: ["about"], right: [""] },
  { lemma: "arrive", wrong: ["to"], right: ["at", "in"] },
  { lemma: "responsible", wrong: ["of"], right: ["for"] },
  { lemma: "afraid", wrong: ["from"], right: ["of"] },
  { lemma: "focus", wrong: ["in", "at"], right: ["on"] },
  { lemma: "emphasize", wrong: ["on"], right: [""] },
];

// After a preposition comes its object; "arrived to find", "focus in on" are other constructions.
const OBJECT_START = new Set(["DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"]);

function lemmaOf(token: Token): string {
  return token.pos === "ADJ" ? token.lower : token.lemma;
}

export const prepositions: Rule = (sentence) => {
  const issues: ReturnType<Rule> = [];
  for (const [index, head] of sentence.entries()) {
    const preposition = sentence[index + 1];
    const object = sentence[index + 2];
    if (!preposition || preposition.pos !== "ADP" || !object || !OBJECT_START.has(object.pos)) continue;
    const pattern = PATTERNS.find((p) => p.lemma === lemmaOf(head) && p.wrong.includes(preposition.lower));
    if (!pattern) continue;
    if (pattern.right[0] === "") {
      issues.push(
        issueOver(
          head,
          preposition,
          `“${head.lemma}” takes a direct object: leave out “${preposition.text}”.`,
          [head.text],
          "usage",
        ),
      );
    } else {
      const right = pattern.right.map((p) => `“${head.text} ${p}”`).join(" or ");
      issues.push(
        issueOver(
          preposition,
          preposition,
          `Say ${right}, not “${head.text} ${preposition.text}”.`,
          pattern.right,
          "usage",
        ),
      );
    }
  }
  return issues;
};
