import type { Token } from "@/lib/ai/local/metrics/tokens";

// STAR (situation, task, action, result) detection over tokens. Every pattern matches slot by
// slot within one sentence, so a 20,000-character answer costs one linear pass per pattern.

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

export type Hit = { start: number; end: number; sentence: number };

export function findAll(tokens: Token[], patterns: Pattern[], firstOnly = false): Hit[] {
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

export const SITUATION = [
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

export const TASK = [
  "my goal|task|responsibility|objective|priority|mandate|aim",
  "my job was|is|as",
  "i was responsible|asked|tasked|expected|supposed|hired|assigned|accountable",
  "needed|had|wanted to",
  "the task|goal|challenge|objective|ask|brief|aim|problem for? me|us? was|is",
  "i was in charge",
  "to make sure",
].map(pattern);

export const ACTION = [pattern(`i ${ADVERB} ${ACTION_VERBS}`)];
// "We built" shows action, but not the candidate's own part; the evaluator asks for "I".
export const TEAM_ACTION = [pattern(`we ${ADVERB} ${ACTION_VERBS}`)];

export const RESULT_PHRASES = [
  "as a result|consequence",
  "which|that|this led to",
  "resulted in",
  "the result|outcome|impact was|is",
].map(pattern);
// Outcome words that show a result on their own, measurable when a number shares the sentence.
export const RESULT_WORDS = [
  "reduced|increased|improved|saved|decreased|doubled|tripled|halved|boosted|lowered|shortened|achieved",
  "ended up",
  "in the end",
  "back to normal",
  "on time|schedule|budget",
  "we|i released|delivered|closed|hit|met|won|passed",
].map(pattern);
// Words that only describe a result when a number says how much: "errors dropped to 0.1%".
export const NUMERIC_RESULT_WORDS = ["dropped|grew|rose|fell|cut|raised|climbed", "went|came|brought up|down|from"].map(
  pattern,
);
