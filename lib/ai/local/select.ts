import type { GeneratedQuestion } from "@/lib/ai/schema";
import type { BankCandidate, QuestionInput } from "@/lib/ai/types";
import { LEVELS, type Level, type QuestionType, type Role } from "@/lib/questions/schema";
import { STOP_WORDS, stem } from "@/lib/ai/local/words";

// Picks interview questions from the curated bank without any AI. Pure and
// deterministic, so a session can be rebuilt from its seed and tests can pin
// exact selections.
//
// Policies (see tests/unit/question-selection.test.ts):
// - Level fit beats type balance: the pool widens to adjacent levels, then any
//   level, only when the closer pool cannot fill the request. The bank's authors
//   mark most system design questions as unsuitable for interns, and another
//   intern-level question serves an intern better than a stretch one.
// - Recently answered questions (excludeIds) are never repeated: when the pool is
//   exhausted the result is shorter than `count`. Practising the same question
//   again teaches less than a shorter session, and the caller can see the shortfall.
// - Near-duplicates: two questions whose significant-word sets have a Jaccard
//   similarity of NEAR_DUPLICATE or more never appear together. Word sets are
//   cheap, explainable and indifferent to word order; question boilerplate
//   ("tell me about a time") is a stop word so it cannot make questions look alike.
//   0.4 is calibrated on the real bank plus company questions: every pair at or
//   above it is one an interviewer would not ask twice ("received critical
//   feedback in a code review" / "received critical feedback", 0.67; two
//   "learn a new tool quickly" questions, 0.44), while the closest pairs below it
//   are distinct questions ("LRU cache, thread-safe" / "thread-safe blocking queue", 0.38).
// - A company's own questions fill about a third of the slots (at least one): enough
//   to feel like that company's loop without crowding out the role's questions.

export type SelectionInput = Pick<QuestionInput, "level" | "format" | "count" | "seed" | "excludeIds"> & {
  role: Role;
  companySlug?: string | null;
};

const TYPES: readonly QuestionType[] = ["behavioral", "technical", "system_design"];
const DIFFICULTY_RANK = { easy: 0, medium: 1, hard: 2 } as const;
const NEAR_DUPLICATE = 0.4;
/** Level tiers: 0 the exact level, 1 an adjacent level, 2 any level. */
const ANY_LEVEL = 2;

export function selectQuestions(bank: BankCandidate[], input: SelectionInput): BankCandidate[] {
  const count = Math.max(0, Math.floor(input.count));
  if (count === 0) return [];
  const slug = input.companySlug ?? null;
  const excluded = new Set(input.excludeIds);
  const random = mulberry32(hashString(input.seed));

  // Sorting by id first makes the result independent of the order the bank was loaded in.
  const byId = new Map<string, BankCandidate>();
  for (const q of bank) {
    if (!excluded.has(q.id) && !byId.has(q.id) && inPool(q, input.role, slug)) byId.set(q.id, q);
  }
  const pool = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  shuffle(pool, random);

  const entries = pool.map((q, order): Entry => ({
    q,
    order,
    levelTier: levelTier(q.levels, input.level),
    sourceTier: q.role === input.role || q.type === "behavioral" ? 0 : 1,
    company: slug !== null && q.companySlug === slug,
    words: null,
  }));
  // Over-quota company questions go last: they fit every level only by construction.
  const rank = (e: Entry) => (e.company ? [ANY_LEVEL, 2] : [e.levelTier, e.sourceTier]);
  const queues = new Map<QuestionType, Entry[]>(
    TYPES.map((type) => [
      type,
      entries
        .filter((e) => e.q.type === type)
        .sort((a, b) => compareTuples([...rank(a), a.order], [...rank(b), b.order])),
    ]),
  );

  const state: PickState = {
    picked: [],
    taken: new Set(),
    rejected: new Set(),
    perType: new Map(TYPES.map((t) => [t, 0])),
    companyLeft: slug === null ? 0 : Math.max(1, Math.round(count / 3)),
  };
  for (const stage of stagesFor(input.format)) {
    while (state.picked.length < count) {
      if (!pickOne(queues, stage, state)) break;
    }
  }
  return interleave(state.picked.map((e) => e.q));
}

export function toGenerated(q: BankCandidate): GeneratedQuestion {
  return {
    id: q.id,
    text: q.text,
    type: q.type,
    difficulty: q.difficulty,
    talkingPoints: [...q.talkingPoints],
  };
}

type Entry = {
  q: BankCandidate;
  /** Position after the seeded shuffle: the tie-breaker that makes seeds matter. */
  order: number;
  levelTier: number;
  /** 0 for the role's own questions and any behavioral one; 1 for general technical filler. */
  sourceTier: number;
  company: boolean;
  words: Set<string> | null;
};

type Stage = { types: readonly QuestionType[]; maxTier: number };

type PickState = {
  picked: Entry[];
  taken: Set<Entry>;
  rejected: Set<Entry>;
  perType: Map<QuestionType, number>;
  companyLeft: number;
};

function inPool(q: BankCandidate, role: Role, slug: string | null): boolean {
  if (q.companySlug !== null && q.companySlug !== slug) return false;
  return q.role === role || q.role === "general";
}

/** Each stage widens the level, and a single-type format tries every level of its type before other types. */
function stagesFor(format: SelectionInput["format"]): Stage[] {
  const tiers = [0, 1, ANY_LEVEL];
  const all = tiers.map((maxTier) => ({ types: TYPES, maxTier }));
  if (format === "mixed") return all;
  return [...tiers.map((maxTier) => ({ types: [format], maxTier })), ...all];
}

/** Picks for the stage's type with the fewest picks so far that still has an acceptable candidate. */
function pickOne(queues: Map<QuestionType, Entry[]>, stage: Stage, state: PickState): boolean {
  const types = [...stage.types].sort(
    (a, b) => (state.perType.get(a) ?? 0) - (state.perType.get(b) ?? 0) || TYPES.indexOf(a) - TYPES.indexOf(b),
  );
  for (const type of types) {
    const queue = queues.get(type) ?? [];
    const entry =
      (state.companyLeft > 0 ? firstAcceptable(queue, state, (e) => e.company) : undefined) ??
      firstAcceptable(queue, state, (e) => (e.company ? ANY_LEVEL : e.levelTier) <= stage.maxTier);
    if (!entry) continue;
    state.picked.push(entry);
    state.taken.add(entry);
    state.perType.set(type, (state.perType.get(type) ?? 0) + 1);
    if (entry.company) state.companyLeft = Math.max(0, state.companyLeft - 1);
    return true;
  }
  return false;
}

function firstAcceptable(queue: Entry[], state: PickState, fits: (e: Entry) => boolean): Entry | undefined {
  for (const entry of queue) {
    if (state.taken.has(entry) || state.rejected.has(entry) || !fits(entry)) continue;
    // A question too close to one already picked stays too close: reject it for good.
    if (state.picked.some((p) => similarity(wordsOf(p), wordsOf(entry)) >= NEAR_DUPLICATE)) {
      state.rejected.add(entry);
      continue;
    }
    return entry;
  }
  return undefined;
}

function levelTier(levels: readonly Level[], level: Level): number {
  const target = LEVELS.indexOf(level);
  const distance = Math.min(...levels.map((l) => Math.abs(LEVELS.indexOf(l) - target)));
  return Math.min(distance, ANY_LEVEL);
}

/**
 * Easier questions first within a type, and the types spread evenly over the
 * interview (b t s b t s; with 4 behavioral and 1 technical, b b t b b).
 */
function interleave(questions: BankCandidate[]): BankCandidate[] {
  const placed = TYPES.flatMap((type) => {
    const ofType = questions
      .map((q, pickOrder) => ({ q, pickOrder }))
      .filter(({ q }) => q.type === type)
      .sort((a, b) => DIFFICULTY_RANK[a.q.difficulty] - DIFFICULTY_RANK[b.q.difficulty] || a.pickOrder - b.pickOrder);
    return ofType.map(({ q }, i) => ({
      q,
      position: (i + 0.5) / ofType.length,
      typeRank: TYPES.indexOf(type),
    }));
  });
  return placed.sort((a, b) => a.position - b.position || a.typeRank - b.typeRank).map((p) => p.q);
}

function compareTuples(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function wordsOf(entry: Entry): Set<string> {
  entry.words ??= significantWords(entry.q.text);
  return entry.words;
}

/** Jaccard similarity of two word sets, 0..1. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

// Interview boilerplate ("tell me about a time", "walk me through", "how would
// you"): words every question shares say nothing about what it asks.
const QUESTION_STOP_WORDS: ReadonlySet<string> = new Set([
  ...STOP_WORDS,
  ..."tell describe explain walk give share talk time times example situation recent recently one two go went make made take took want way ways done thing things someone something anything get got let lets".split(
    " ",
  ),
]);

/** Lower-cased, lightly stemmed content words: "Describe the queries you tuned" → {query, tun}. */
export function significantWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^a-z0-9+#]+/)) {
    if (raw.length < 2 || QUESTION_STOP_WORDS.has(raw)) continue;
    words.add(stem(raw));
  }
  return words;
}


/** FNV-1a: spreads similar seeds ("s1", "s2") over the whole 32-bit range. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const item = items[i] as T;
    items[i] = items[j] as T;
    items[j] = item;
  }
}
