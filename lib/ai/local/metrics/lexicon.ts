import { words } from "@/lib/ai/local/words";
import { nextIn, previousIn, type Token } from "@/lib/ai/local/metrics/tokens";

// Fillers and hedges: each lexeme lists its spoken forms and, where a form is also an ordinary
// word ("like", "you know"), the neighbours that tell the two apart.

type Kind = "filler" | "hedge";
type Lexeme = {
  kind: Kind;
  term: string;
  forms: string[];
  /** Decides from the neighbours whether this occurrence really is a filler or hedge. */
  when?: (tokens: Token[], at: number, length: number) => boolean;
};

const DETERMINERS = words(
  "a an the this that what which some any one each every same different another no these those all other",
);
// "would like", "looks like", "things like": the verb or the comparison, never the filler.
const LIKE_AS_WORD_AFTER = words(
  "would i'd we'd you'd they'd he'd she'd look looks looked looking feel feels felt seem seems seemed sound sounds " +
    "sounded something anything nothing things stuff much more just don't didn't doesn't i we you they people really",
);
const LIKE_FILLER_AFTER = words("and but so um uh erm was is were it's");
const CLAUSE_STARTERS = words("i we they he she it so and but like um uh there then");
const YOU_KNOW_AS_WORDS_AFTER = words(
  "do did does don't didn't if would will as whether let what when once make sure because",
);

function likeIsFiller(tokens: Token[], at: number): boolean {
  const self = tokens[at];
  const previous = previousIn(tokens, at);
  if (!self || (previous && LIKE_AS_WORD_AFTER.has(previous.norm))) return false;
  if (!previous || (self.pauseBefore && self.pauseAfter)) return true;
  // "and like we just…", "it was like, slow": spoken glue rather than a comparison.
  return LIKE_FILLER_AFTER.has(previous.norm) && (self.pauseAfter || previous.norm === "and" || previous.norm === "so");
}

function youKnowIsFiller(tokens: Token[], at: number, length: number): boolean {
  const previous = previousIn(tokens, at);
  if (previous && YOU_KNOW_AS_WORDS_AFTER.has(previous.norm)) return false;
  const next = nextIn(tokens, at, length);
  return !next || Boolean(tokens[at + length - 1]?.pauseAfter) || CLAUSE_STARTERS.has(next.norm);
}

const I_MEAN_AS_WORDS_AFTER = words("what which by that if");
// "I think about caching" describes a habit, not doubt.
const THINK_AS_VERB_BEFORE = words("about of through");

const notAfterDeterminer = (tokens: Token[], at: number) => !DETERMINERS.has(previousIn(tokens, at)?.norm ?? "");

const LEXICON: Lexeme[] = [
  { kind: "filler", term: "um", forms: ["um"] },
  { kind: "filler", term: "uh", forms: ["uh"] },
  { kind: "filler", term: "erm", forms: ["erm"] },
  { kind: "filler", term: "hmm", forms: ["hmm"] },
  { kind: "filler", term: "like", forms: ["like"], when: likeIsFiller },
  { kind: "filler", term: "you know", forms: ["you know"], when: youKnowIsFiller },
  { kind: "filler", term: "kind of", forms: ["kind of", "kinda"], when: notAfterDeterminer },
  { kind: "filler", term: "sort of", forms: ["sort of", "sorta"], when: notAfterDeterminer },
  { kind: "filler", term: "basically", forms: ["basically"] },
  { kind: "filler", term: "actually", forms: ["actually"] },
  { kind: "filler", term: "literally", forms: ["literally"] },
  {
    kind: "filler",
    term: "I mean",
    forms: ["i mean"],
    when: (tokens, at) => !I_MEAN_AS_WORDS_AFTER.has(previousIn(tokens, at)?.norm ?? ""),
  },
  { kind: "filler", term: "so yeah", forms: ["so yeah"] },
  {
    kind: "hedge",
    term: "I think",
    forms: ["i think"],
    when: (tokens, at, length) =>
      previousIn(tokens, at)?.norm !== "what" && !THINK_AS_VERB_BEFORE.has(nextIn(tokens, at, length)?.norm ?? ""),
  },
  { kind: "hedge", term: "I guess", forms: ["i guess"] },
  { kind: "hedge", term: "I believe", forms: ["i believe"] },
  { kind: "hedge", term: "I suppose", forms: ["i suppose"] },
  { kind: "hedge", term: "I feel like", forms: ["i feel like"] },
  {
    kind: "hedge",
    term: "I'm not sure",
    forms: [
      "i'm not sure",
      "i am not sure",
      "i'm not really sure",
      "i'm not totally sure",
      "not sure",
      "not totally sure",
    ],
  },
  { kind: "hedge", term: "I don't know", forms: ["i don't know", "i dunno"] },
  { kind: "hedge", term: "I would say", forms: ["i would say", "i'd say"] },
  { kind: "hedge", term: "maybe", forms: ["maybe"] },
  { kind: "hedge", term: "probably", forms: ["probably"] },
  { kind: "hedge", term: "perhaps", forms: ["perhaps"] },
  { kind: "hedge", term: "possibly", forms: ["possibly"] },
  { kind: "hedge", term: "might", forms: ["might"] },
  { kind: "hedge", term: "hopefully", forms: ["hopefully"] },
  { kind: "hedge", term: "somewhat", forms: ["somewhat"] },
  { kind: "hedge", term: "more or less", forms: ["more or less"] },
];

type Form = { lexeme: Lexeme; words: string[] };

// Indexed by first word, longest form first, so "I'm not sure" wins over "not sure".
const FORMS_BY_FIRST_WORD = new Map<string, Form[]>();
for (const lexeme of LEXICON) {
  for (const form of lexeme.forms) {
    const split = form.split(" ");
    const first = split[0] ?? "";
    const list = [...(FORMS_BY_FIRST_WORD.get(first) ?? []), { lexeme, words: split }];
    FORMS_BY_FIRST_WORD.set(
      first,
      list.sort((a, b) => b.words.length - a.words.length),
    );
  }
}

function formAt(tokens: Token[], at: number): Form | undefined {
  const first = tokens[at];
  for (const form of FORMS_BY_FIRST_WORD.get(first?.norm ?? "") ?? []) {
    const fits = form.words.every((word, k) => {
      const token = tokens[at + k];
      return token?.norm === word && token.sentence === first?.sentence;
    });
    if (fits && (!form.lexeme.when || form.lexeme.when(tokens, at, form.words.length))) return form;
  }
  return undefined;
}

type TermCount = { term: string; count: number };

export function countLexicon(tokens: Token[]): Record<Kind, TermCount[]> {
  const counts = new Map<Lexeme, number>();
  // Each token joins at most one match, so no phrase counts as both filler and hedge.
  for (let at = 0; at < tokens.length;) {
    const form = formAt(tokens, at);
    if (form) counts.set(form.lexeme, (counts.get(form.lexeme) ?? 0) + 1);
    at += form ? form.words.length : 1;
  }
  const list = (kind: Kind) =>
    LEXICON.filter((lexeme) => lexeme.kind === kind && counts.has(lexeme))
      .map((lexeme) => ({ term: lexeme.term, count: counts.get(lexeme) ?? 0 }))
      .sort((a, b) => b.count - a.count);
  return { filler: list("filler"), hedge: list("hedge") };
}
