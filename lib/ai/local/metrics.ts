import type { AnswerMetrics } from "@/lib/ai/schema";
import type { EvaluationInput } from "@/lib/ai/types";
import { STOP_WORDS, stem, words } from "@/lib/ai/local/words";
import { assessCoherence, type Coherence } from "@/lib/ai/local/coherence";

// Every pattern here runs over tokens or uses regexes without nested quantifiers, so a
// 20,000-character answer costs one linear pass per step.

export type Token = {
  text: string;
  /** Lower case, curly apostrophe straightened, hesitation sounds folded ("ummm" → "um"). */
  norm: string;
  start: number;
  end: number;
  sentence: number;
  /** A comma, dash, bracket or sentence edge sits right before / after the token. */
  pauseBefore: boolean;
  pauseAfter: boolean;
};


// Inner punctuation joins so "Node.js", "CI/CD", "cache-aside", "don't" and "3.5" stay one
// token; trailing + and # keep "C++" and "C#".
const TOKEN = /[\p{L}\p{N}]+(?:['’./\-+&][\p{L}\p{N}]+)*[+#]*/gu;
const SENTENCE_BREAK = /[.!?\n]/;
const PAUSE = /[,;:()"\u2014\u2013\u2026-]/;

function normalize(raw: string): string {
  // "ER" is an abbreviation, "er" a hesitation.
  if (raw === "ER") return "er-abbr";
  const lower = raw.toLowerCase().replace(/’/g, "'");
  if (/^u+h*m+$/.test(lower)) return "um";
  if (/^u+h+$/.test(lower)) return "uh";
  if (/^e+r+m*$/.test(lower)) return "erm";
  if (/^h+m+$/.test(lower)) return "hmm";
  return lower;
}

export function tokenize(text: string): { tokens: Token[]; sentenceCount: number } {
  const tokens: Token[] = [];
  let sentence = 0;
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    const breaks = tokens.length > 0 && SENTENCE_BREAK.test(gap);
    if (breaks) sentence += 1;
    const pause = tokens.length === 0 || breaks || PAUSE.test(gap);
    const last = tokens[tokens.length - 1];
    if (last) last.pauseAfter = pause;
    const end = start + match[0].length;
    tokens.push({
      text: match[0],
      norm: normalize(match[0]),
      start,
      end,
      sentence,
      pauseBefore: pause,
      pauseAfter: true,
    });
    previousEnd = end;
  }
  return { tokens, sentenceCount: tokens.length === 0 ? 0 : sentence + 1 };
}

const previousIn = (tokens: Token[], at: number): Token | undefined => {
  const token = tokens[at - 1];
  return token && token.sentence === tokens[at]?.sentence ? token : undefined;
};

const nextIn = (tokens: Token[], at: number, length: number): Token | undefined => {
  const token = tokens[at + length];
  return token && token.sentence === tokens[at]?.sentence ? token : undefined;
};

// ---- Fillers and hedges --------------------------------------------------------------------

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

function countLexicon(tokens: Token[]): Record<Kind, TermCount[]> {
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

// ---- STAR and results ------------------------------------------------------------------------

// A pattern is space-separated slots of "word|word", "?" marks a slot optional, "@ly" takes
// any -ly adverb, "@year" a year and "@any" any word (so evidence reads "we had an outage").
type Slot = { words: Set<string>; tests: ((norm: string) => boolean)[]; optional: boolean };
type Pattern = Slot[];

const SLOT_TESTS: Record<string, (norm: string) => boolean> = {
  "@ly": (norm) => norm.length > 3 && norm.endsWith("ly"),
  "@year": (norm) => /^(19|20)\d\d$/.test(norm),
  "@any": () => true,
};

function pattern(source: string): Pattern {
  return source.split(" ").map((part) => {
    const optional = part.endsWith("?");
    const alternatives = (optional ? part.slice(0, -1) : part).split("|");
    return {
      words: new Set(alternatives.filter((word) => !word.startsWith("@"))),
      tests: alternatives.flatMap((word) => SLOT_TESTS[word] ?? []),
      optional,
    };
  });
}

const fits = (slot: Slot, norm: string) => slot.words.has(norm) || slot.tests.some((test) => test(norm));

function matchFrom(tokens: Token[], at: number, slots: Pattern, slot: number, sentence: number): number {
  const current = slots[slot];
  if (!current) return at;
  const token = tokens[at];
  if (token?.sentence === sentence && fits(current, token.norm)) {
    const end = matchFrom(tokens, at + 1, slots, slot + 1, sentence);
    if (end >= 0) return end;
  }
  return current.optional ? matchFrom(tokens, at, slots, slot + 1, sentence) : -1;
}

type Hit = { start: number; end: number; sentence: number };

function findAll(tokens: Token[], patterns: Pattern[], firstOnly = false): Hit[] {
  const hits: Hit[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    const sentence = tokens[at]?.sentence ?? 0;
    for (const slots of patterns) {
      const end = matchFrom(tokens, at, slots, 0, sentence);
      if (end <= at) continue;
      hits.push({ start: at, end, sentence });
      if (firstOnly) return hits;
      break;
    }
  }
  return hits;
}

const ACTION_VERBS =
  "built|led|implemented|designed|wrote|rewrote|organised|organized|created|developed|introduced|set|proposed|started|" +
  "analysed|analyzed|ran|migrated|refactored|automated|added|changed|reached|talked|met|scheduled|spoke|asked|" +
  "reviewed|investigated|debugged|profiled|traced|reproduced|fixed|deployed|shipped|launched|tested|drafted|presented|" +
  "convinced|negotiated|coordinated|mentored|coached|trained|hired|interviewed|prioritised|prioritized|split|broke|" +
  "moved|replaced|configured|measured|benchmarked|documented|gathered|collected|compared|mapped|pulled|raised|" +
  "escalated|rolled|reverted|paired|owned|took|decided|suggested|pitched|prototyped|explained|facilitated|restored|" +
  "contacted|called|emailed|flagged|identified|found|noticed|checked|validated|verified|applied|opened|instrumented|" +
  "posted|recommended|showed|offered|listened|apologized|apologised|chased|sat|got|made|put|looked|dug|worked|cut|" +
  "reduced|improved|told|joined|went";
const ADVERB = "then|also|first|immediately|personally|quickly|@ly?";

const SITUATION = [
  "at|in|during my last|previous|current|first|old|former job|role|company|team|position|internship|employer|startup",
  "in|during my role|internship|degree|studies",
  "when i was|worked",
  "the situation",
  "the context|background was|is",
  "our|my team|company was|were|had",
  "i was working",
  "at the time",
  "last year|quarter|month|summer|spring|autumn|fall|winter",
  "a few|couple of? months|years|weeks ago",
  "back when",
  "back? in @year",
  "there was a|an|this|one @any",
  "we had a|an|this @any",
  "one day|time|friday|monday|evening|morning|night",
].map(pattern);

const TASK = [
  "my goal|task|responsibility|objective|priority|mandate|aim",
  "my job was|is|as",
  "i was responsible|asked|tasked|expected|supposed|hired|assigned|accountable",
  "needed|had|wanted to",
  "the task|goal|challenge|objective|ask|brief|aim|problem for? me|us? was|is",
  "i was in charge",
  "to make sure",
].map(pattern);

const ACTION = [pattern(`i ${ADVERB} ${ACTION_VERBS}`)];
// "We built" shows action, but not the candidate's own part; the evaluator asks for "I".
const TEAM_ACTION = [pattern(`we ${ADVERB} ${ACTION_VERBS}`)];

const RESULT_PHRASES = [
  "as a result|consequence",
  "which|that|this led to",
  "resulted in",
  "the result|outcome|impact was|is",
].map(pattern);
// Outcome words that show a result on their own, measurable when a number shares the sentence.
const RESULT_WORDS = [
  "reduced|increased|improved|saved|decreased|doubled|tripled|halved|boosted|lowered|shortened|achieved",
  "ended up",
  "in the end",
  "back to normal",
  "on time|schedule|budget",
  "we|i released|delivered|closed|hit|met|won|passed",
].map(pattern);
// Words that only describe a result when a number says how much: "errors dropped to 0.1%".
const NUMERIC_RESULT_WORDS = ["dropped|grew|rose|fell|cut|raised|climbed", "went|came|brought up|down|from"].map(
  pattern,
);

// ---- Numbers ---------------------------------------------------------------------------------

// Amounts ("$2M", "2,000"), rates ("30%", "3x", "3:1") and durations ("3 weeks", "200ms"); the
// lookbehind skips digits inside words such as "p99", "S3" or "base62".
const NUMBER =
  /(?<![\p{L}\p{N}_.,])(?:[$€£¥]\s?)?\d(?:[\d,]*\d)?(?:\.\d+)?(?::\d+)?(?:(?:%|x|k|m|bn|b|ms|s)(?![\p{L}\p{N}])|\s?(?:percent|pct|million|billion|thousand|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|quarters?|years?|kb|mb|gb|tb|points?)\b)?/giu;
// Spelled-out amounts make an outcome measurable ("zero incidents", "twice as fast") but are
// not listed as numbers, which need digits.
const NUMBER_WORDS = words(
  "zero two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds " +
    "thousand thousands million millions twice half double triple",
);
// Metrics are stored with every answer; an answer with more numbers than this is a table.
const MAX_NUMBERS = 50;

type NumberMention = { text: string; index: number; rate: boolean };

function findNumbers(text: string): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const value = match[0].trim();
    // A bare year dates the story and a 30-digit run is not a figure anyone says.
    if (/^(19|20)\d\d$/.test(value) || value.length > 30) continue;
    mentions.push({ text: value, index: match.index, rate: /[%$€£¥]|percent|\dx$/i.test(value) });
  }
  return mentions;
}

/** Sentence of the first token ending after the offset: "$2M" goes with the token "2M". */
function sentenceAt(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle]?.end ?? 0) > offset) high = middle;
    else low = middle + 1;
  }
  return tokens[low]?.sentence ?? 0;
}

// ---- Talking points --------------------------------------------------------------------------



// Long stems sharing this many leading letters are one word ("idempotent"/"idempotency").
const PREFIX = 7;

// Bank talking points for behavioral questions are abstract ("communication with
// stakeholders", "measurable impact"); answers tell the story in concrete words. A point word
// also matches these answer words, and "#…" stands for a finding of the metrics themselves.
const RELATED: [string, string][] = [
  ["situation context background", "#situation"],
  ["result outcome impact", "#result"],
  ["measurable measured metric metrics quantified", "#number"],
  ["communication communicated communicate", "update inform told explained presented emailed message call briefed"],
  ["stakeholder stakeholders", "manager director leadership head client customer executive owner"],
  ["apologized apology", "apology sorry apologized"],
  ["learned lesson", "learned lesson"],
  ["alternative", "instead option offered"],
];
const RELATED_BY_STEM = new Map<string, string[]>();
for (const [keys, related] of RELATED) {
  const targets = related.split(" ").map((w) => (w.startsWith("#") ? w : stem(w)));
  for (const key of keys.split(" ")) RELATED_BY_STEM.set(stem(key), targets);
}

/** Significant word stems of a text, each a group of alternatives ("rollback or failover"). */
function wordGroups(text: string): string[][] {
  const groups: string[][] = [];
  let alternative = false;
  for (const match of text.matchAll(TOKEN)) {
    for (const part of normalize(match[0]).split("-")) {
      if (part === "or") alternative = groups.length > 0;
      if (part.length < 2 || STOP_WORDS.has(part)) continue;
      const last = groups[groups.length - 1];
      if (alternative && last) last.push(stem(part));
      else groups.push([stem(part)]);
      alternative = false;
    }
  }
  return groups;
}

type Vocabulary = { has: (stemmed: string) => boolean };

function answerVocabulary(tokens: Token[], findings: string[]): Vocabulary {
  const stems = new Set<string>(findings);
  for (const token of tokens) {
    stems.add(stem(token.norm));
    if (/[-/.]/.test(token.norm)) for (const part of token.norm.split(/[-/.]/)) if (part) stems.add(stem(part));
  }
  const prefixes = new Set<string>();
  for (const s of stems) if (s.length >= PREFIX) prefixes.add(s.slice(0, PREFIX));
  const direct = (w: string) => stems.has(w) || (w.length >= PREFIX && prefixes.has(w.slice(0, PREFIX)));
  return { has: (w) => direct(w) || (RELATED_BY_STEM.get(w) ?? []).some((related) => stems.has(related)) };
}

function coverTalkingPoints(
  input: EvaluationInput,
  tokens: Token[],
  findings: string[],
): AnswerMetrics["talkingPoints"] {
  const points = (input.talkingPoints ?? []).filter((point) => point.trim() !== "");
  if (points.length === 0) return { covered: [], missed: [], coverage: null };
  const vocabulary = answerVocabulary(tokens, findings);
  // Repeating the question's own words ("cache" for a caching question) proves nothing.
  const echoes = new Set(wordGroups(input.question).flat());
  const covered: string[] = [];
  const missed: string[] = [];
  for (const point of points) {
    const all = wordGroups(point);
    const telling = all.filter((group) => !group.every((w) => echoes.has(w)));
    const groups = telling.length > 0 ? telling : all;
    const found = groups.filter((group) => group.some((w) => vocabulary.has(w))).length;
    const needed = Math.max(1, Math.ceil(groups.length / 2));
    (groups.length > 0 && found >= needed ? covered : missed).push(point);
  }
  return { covered, missed, coverage: covered.length / points.length };
}

// ---- Assembly --------------------------------------------------------------------------------

export type Analysis = {
  metrics: AnswerMetrics;
  tokens: Token[];
  coherence: Coherence;
  /** Numbers that stand in real statements; a bare "40%, 3x" in a label line is attached to nothing. */
  attachedNumbers: number;
  /** The answer says what "we" did; lets the evaluator ask for the candidate's own part. */
  teamAction: boolean;
};

export function computeMetrics(input: EvaluationInput): AnswerMetrics {
  return analyzeAnswer(input).metrics;
}

/** The metrics plus the tokens they came from, so the evaluator does not tokenise twice. */
export function analyzeAnswer(input: EvaluationInput): Analysis {
  const text = input.answer;
  const { tokens, sentenceCount } = tokenize(text);
  const wordCount = tokens.length;
  const seconds = input.durationSeconds;
  const duration = typeof seconds === "number" && Number.isFinite(seconds) && seconds >= 0 ? seconds : null;

  const { filler: fillers, hedge: hedges } = countLexicon(tokens);
  const fillerCount = fillers.reduce((sum, f) => sum + f.count, 0);
  const hedgeCount = hedges.reduce((sum, h) => sum + h.count, 0);

  const phrase = (hit: Hit) => text.slice(tokens[hit.start]?.start ?? 0, tokens[hit.end - 1]?.end ?? 0);
  // A STAR label followed by a word or two, or a bare list, shows no part of a story.
  const coherence = assessCoherence(tokens);
  const inStatement = (hit: { sentence: number }) => !coherence.emptySentences.has(hit.sentence);
  const evidence: Record<string, string> = {};
  for (const [part, patterns] of [
    ["situation", SITUATION],
    ["task", TASK],
    ["action", ACTION],
  ] as const) {
    const hit = findAll(tokens, patterns).find(inStatement);
    if (hit) evidence[part] = phrase(hit);
  }

  const mentions = findNumbers(text);
  const attached = mentions.filter((m) => inStatement({ sentence: sentenceAt(tokens, m.index) }));
  const withNumber = new Set(attached.map((m) => sentenceAt(tokens, m.index)));
  for (const token of tokens) if (NUMBER_WORDS.has(token.norm)) withNumber.add(token.sentence);
  const measured = (hit: Hit) => withNumber.has(hit.sentence);
  const clear = findAll(tokens, RESULT_PHRASES).filter(inStatement);
  const outcomes = findAll(tokens, RESULT_WORDS).filter(inStatement);
  const numeric = findAll(tokens, NUMERIC_RESULT_WORDS).filter(measured).filter(inStatement);
  const concrete = [...clear, ...outcomes.filter(measured), ...numeric].sort((a, b) => a.start - b.start);
  // The most convincing evidence first: a stated or measured outcome, then any outcome word.
  const resultHit = concrete[0] ?? outcomes[0];
  const result = resultHit ? phrase(resultHit) : attached.find((m) => m.rate)?.text;
  if (result) evidence.result = result;

  const star = {
    situation: "situation" in evidence,
    task: "task" in evidence,
    action: "action" in evidence,
    result: "result" in evidence,
    evidence,
  };
  const findings = [
    ...(star.situation ? ["#situation"] : []),
    // A vague "it worked out in the end" does not cover "measurable impact".
    ...(concrete.length > 0 ? ["#result"] : []),
    ...(attached.length > 0 ? ["#number"] : []),
  ];

  const metrics: AnswerMetrics = {
    wordCount,
    sentenceCount,
    durationSeconds: duration,
    wordsPerMinute: duration !== null && duration > 0 ? Math.round((wordCount * 60) / duration) : null,
    fillers,
    fillerCount,
    fillerRate: wordCount === 0 ? 0 : Math.round((fillerCount * 1000) / wordCount) / 10,
    hedges,
    hedgeCount,
    star,
    numbers: [...new Set(mentions.map((m) => m.text))].slice(0, MAX_NUMBERS),
    concreteResults: new Set(concrete.map((hit) => hit.sentence)).size,
    talkingPoints: coverTalkingPoints(input, tokens, findings),
  };
  return {
    metrics,
    tokens,
    coherence,
    attachedNumbers: new Set(attached.map((m) => m.text)).size,
    teamAction: findAll(tokens, TEAM_ACTION).some(inStatement),
  };
}
