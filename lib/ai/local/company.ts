import type { BankCandidate } from "@/lib/ai/types";
import { LEVELS, type QuestionType } from "@/lib/questions/schema";
import { significantWords } from "@/lib/ai/local/select";
import { STOP_WORDS } from "@/lib/ai/local/words";

// Company sample questions come without talking points, and the local evaluator
// scores coverage by keyword overlap, so the points written here use the words a
// good answer would actually say rather than advice about answering.

export type CompanySource = {
  slug: string;
  name: string;
  values: string[];
  sampleQuestions: { type: QuestionType; text: string }[];
};

export function companyQuestions(company: CompanySource): BankCandidate[] {
  return company.sampleQuestions.map((sample, index) => ({
    // Position-based ids stay stable as long as companies.json keeps its order,
    // which is what lets excludeIds recognise a company question answered before.
    id: `company-${company.slug}-${String(index + 1).padStart(2, "0")}`,
    role: "general",
    type: sample.type,
    difficulty: "medium",
    levels: [...LEVELS],
    text: sample.text,
    talkingPoints:
      sample.type === "behavioral"
        ? behavioralPoints(sample.text, company.values)
        : technicalPoints(sample.text, sample.type),
    tags: ["company"],
    companySlug: company.slug,
  }));
}

function behavioralPoints(text: string, values: string[]): string[] {
  const points = [
    "the specific situation and your role in it",
    "the actions you personally took",
    "the measurable result and what you learned",
  ];
  const value = closestValue(text, values);
  if (value) points.push(`link to ${value}`);
  return points;
}

function technicalPoints(text: string, type: Exclude<QuestionType, "behavioral">): string[] {
  if (type === "technical") {
    return [...keyPhrases(text, 3), "trade-offs and complexity", "how you would test or measure it"];
  }
  return [
    "requirements and scale",
    ...keyPhrases(text, 2),
    "trade-offs between the options",
    "how you would test or measure it",
  ];
}

// A value rarely repeats the question's words ("disagreed with your manager" vs
// "Candor"), so question cues also count for the words of the values they evoke.
const THEMES: [questionCues: string, valueCues: string][] = [
  [
    "disagree disagreed disagreement conflict conflicted pushed push feedback difficult dissent",
    "candor honest honesty direct feedback respect open constructive dissent humility sincere transparency",
  ],
  [
    "learn learned learning mistake changed mind perspective realized recently wrong",
    "learn learner learning curious growth mindset humility honesty intellectual sincere reinvention",
  ],
  [
    "customer client user merchant guest member business escalation",
    "customer client user merchant member focus obsession obsessed first satisfaction success service value host",
  ],
  [
    "poorly defined unclear ambiguous incomplete uncertain risk decision decide autonomy",
    "ambiguity judgment action bias risk intelligent context freedom default",
  ],
  [
    "ownership owned responsibility assigned nobody wrong scope lead led",
    "ownership owner owners responsibility accountability lead right action",
  ],
  [
    "deadline quickly tight fast shipped adapt direction changed changes",
    "speed fast move urgency agility execution action change thrive adventure resilience persevere",
  ],
  [
    "team teammate teams colleague inclusive environment backgrounds cultures group across help belonged",
    "team teamwork together collaboration collaborative collaborate partnership one involved inclusion inclusive diversity differences equality belong host care",
  ],
  [
    "impact biggest proud built beyond resourceful lacked budget",
    "impact innovation innovative invent think big build awesome exceptional passion difference determination entrepreneur audacity",
  ],
  [
    "detail missed bug error caught noticed",
    "quality excellence detail craftsmanship craft meticulous rigorously deep standards",
  ],
];

function closestValue(text: string, values: string[]): string | undefined {
  const question = significantWords(text);
  const evoked = new Set<string>();
  for (const [questionCues, valueCues] of THEMES) {
    if ([...significantWords(questionCues)].some((w) => question.has(w))) {
      for (const w of significantWords(valueCues)) evoked.add(w);
    }
  }
  let best: { value: string; score: number } | undefined;
  for (const value of values) {
    const words = [...significantWords(value)];
    const direct = words.filter((w) => [...question].some((q) => related(q, w))).length;
    const score = direct * 2 + words.filter((w) => evoked.has(w)).length;
    if (!best || score > best.score) best = { value, score };
  }
  // With nothing in common, the first value is the one the company leads with.
  return best?.value;
}

/** Same word family: "ownership" and "owner", "inclusive" and "inclusion". */
function related(a: string, b: string): boolean {
  if (a === b) return true;
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared++;
  return shared >= 5 || (shared >= 4 && shared === Math.min(a.length, b.length));
}

// Prompt verbs and fillers split a question into its noun phrases:
// "Given a stream of search queries, return the k most frequent queries" →
// "stream", "search queries", "frequent queries".
const PHRASE_BREAKS = new Set(
  (
    "given return returns find finds design build implement write explain estimate determine detect check checks " +
    "count counts optimize rotate reverse merge paginate simplify flag parse produce outline extend " +
    "serialize deserialize assign assigns support supports allowed allow allows used use using seen handling stored " +
    "shows show avoid avoids matches match lets see stays sells needed considering launching recommending highlight " +
    "wants reduce move pair applies apply runs run edited playing change changes works keeps notifies tracks " +
    "chooses pairs updates update signed visible exceed settle contains mentioned breaking remove maps affect " +
    "affects happens defined fix fall has never always whether many several small simple existing new often " +
    "near least like only back last first final multiple different analyze plus know whose across onto without " +
    "including includes serves serve loses roll whenever within toward"
  ).split(" "),
);

// Head nouns that fit any question say nothing about this one.
const GENERIC = new Set(
  "list system service function program class classes difference feature platform process approach sequence method solution problem way user users real top data values value limits items".split(
    " ",
  ),
);

/** The question's noun phrases, longest first when there are more than `limit`, in question order. */
function keyPhrases(text: string, limit: number): string[] {
  const phrases = nounPhrases(text).filter((p) => !GENERIC.has(p));
  const chosen = new Set([...phrases].sort((a, b) => b.split(" ").length - a.split(" ").length).slice(0, limit));
  return phrases.filter((p) => chosen.has(p));
}

function nounPhrases(text: string): string[] {
  const phrases: string[] = [];
  // Sentence punctuation also ends a phrase, so split on it before splitting words.
  for (const clause of text.toLowerCase().split(/[,.;:?!()]+/)) {
    let run: string[] = [];
    const flush = () => {
      const phrase = run.slice(-3).join(" ");
      if (phrase && !phrases.includes(phrase)) phrases.push(phrase);
      run = [];
    };
    for (const word of clause.split(/[^a-z0-9+#'-]+/)) {
      const bare = word.replace(/^[-']+|[-']+$/g, "").replace(/'s$/, "");
      if (bare.length < 2 || STOP_WORDS.has(bare) || PHRASE_BREAKS.has(bare) || bare.endsWith("ly")) flush();
      else run.push(bare);
    }
    flush();
  }
  return phrases;
}
