import type { BankQuestion } from "@/lib/questions/schema";
import { STOP_WORDS, stem } from "@/lib/ai/local/words";
import backend from "@/prisma/data/questions/backend.json";
import dataAnalysis from "@/prisma/data/questions/data_analysis.json";
import dataScience from "@/prisma/data/questions/data_science.json";
import devops from "@/prisma/data/questions/devops.json";
import frontend from "@/prisma/data/questions/frontend.json";
import fullstack from "@/prisma/data/questions/fullstack.json";
import general from "@/prisma/data/questions/general.json";
import hr from "@/prisma/data/questions/hr.json";
import marketing from "@/prisma/data/questions/marketing.json";
import ml from "@/prisma/data/questions/ml.json";
import mobile from "@/prisma/data/questions/mobile.json";
import product from "@/prisma/data/questions/product.json";
import qa from "@/prisma/data/questions/qa.json";
import sales from "@/prisma/data/questions/sales.json";
import ux from "@/prisma/data/questions/ux.json";

// The question bank as a corpus: how rare each word is across questions and their model answers
// (IDF), and each question's vocabulary, so a freely typed question borrows the talking points
// and model answer of the bank question nearest to it. Built once per process, in a few ms.

type Entry = Pick<BankQuestion, "id" | "type" | "text" | "talkingPoints" | "modelAnswer" | "tags">;
const BANK: readonly Entry[] = [
  backend,
  dataAnalysis,
  dataScience,
  devops,
  frontend,
  fullstack,
  general,
  hr,
  marketing,
  ml,
  mobile,
  product,
  qa,
  sales,
  ux,
].flat() as Entry[];

// Words every interview question uses; they say what kind of question it is, not what it is about.
const INTERVIEW_WORDS = new Set(
  (
    "tell describe explain walk through example give time times situation handled handle handling respond responded " +
    "did do what how why would you your yours me about approach experience share talk happened deal dealt process " +
    "steps step go went kind sort whether someone something person people really actually"
  ).split(" "),
);

const WORD = /[\p{L}\p{N}]+(?:['’./\-+&][\p{L}\p{N}]+)*[+#]*/gu;

/** Lower-cased words of a text, tokenised as the answer metrics tokenise ("node.js", "ci/cd" stay whole). */
export const wordsOf = (text: string): string[] => text.toLowerCase().replace(/’/g, "'").match(WORD) ?? [];

/** Content stems of a text: no function words, no interview boilerplate. */
export function contentStems(text: string): string[] {
  const stems: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const lower = match[0].toLowerCase().replace(/’/g, "'");
    for (const part of lower.includes("-") ? [lower, ...lower.split("-")] : [lower]) {
      if (part.length < 2 || STOP_WORDS.has(part) || INTERVIEW_WORDS.has(part) || /^\d+$/.test(part)) continue;
      stems.push(stem(part));
    }
  }
  return stems;
}

type Doc = {
  entry: Entry;
  question: Map<string, number>;
  profile: Map<string, number>;
  questionVector?: Map<string, number>;
};

const countOf = (stems: string[]) => {
  const counts = new Map<string, number>();
  for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
};

function build() {
  const docs: Doc[] = BANK.map((entry) => ({
    entry,
    question: countOf([...contentStems(entry.text), ...entry.tags.flatMap(contentStems)]),
    profile: countOf([
      ...contentStems(entry.text),
      ...entry.talkingPoints.flatMap(contentStems),
      ...contentStems(entry.modelAnswer),
      ...entry.tags.flatMap(contentStems),
    ]),
  }));
  const df = new Map<string, number>();
  for (const doc of docs) for (const s of doc.profile.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  return { docs, df, n: docs.length };
}

let built: ReturnType<typeof build> | null = null;
const corpus = () => (built ??= build());

/** How telling a word is: rare across the bank means specific. Unseen words count as rare. */
export function idf(s: string): number {
  const { df, n } = corpus();
  return Math.log((n + 1) / ((df.get(s) ?? 0) + 1)) + 1;
}

function vector(counts: Map<string, number>): Map<string, number> {
  const v = new Map<string, number>();
  for (const [s, c] of counts) v.set(s, (1 + Math.log(c)) * idf(s));
  return v;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [s, w] of a) {
    na += w * w;
    const other = b.get(s);
    if (other !== undefined) dot += w * other;
  }
  for (const w of b.values()) nb += w * w;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

export type Neighbour = { entry: Entry; similarity: number };

/** The bank question closest in wording to a question, with its cosine similarity (0..1). */
export function nearestBankQuestion(question: string): Neighbour | null {
  const target = vector(countOf(contentStems(question)));
  let best: Neighbour | null = null;
  for (const doc of corpus().docs) {
    doc.questionVector ??= vector(doc.question);
    const similarity = doc.entry.text === question ? 1 : cosine(target, doc.questionVector);
    if (!best || similarity > best.similarity) best = { entry: doc.entry, similarity };
  }
  return best;
}

/** The most telling stems of a bank question's profile: its own words, talking points and model answer. */
export function profileOf(entry: Entry, max = 25): { stem: string; weight: number }[] {
  const doc = corpus().docs.find((d) => d.entry.id === entry.id);
  if (!doc) return [];
  return [...vector(doc.profile)]
    .map(([s, weight]) => ({ stem: s, weight }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, max);
}

// A bank question this close in wording is the same question, so its model answer and topics apply.
const SAME_QUESTION = 0.45;
const sameCache = new Map<string, Entry | null>();
const SAME_CACHE_SIZE = 500;

/** The bank question a question is a wording of, or null; relevance and the fact check both ask. */
export function sameBankQuestion(question: string): Entry | null {
  const cached = sameCache.get(question);
  if (cached !== undefined) return cached;
  const neighbour = nearestBankQuestion(question);
  const entry = neighbour && neighbour.similarity >= SAME_QUESTION ? neighbour.entry : null;
  if (sameCache.size >= SAME_CACHE_SIZE) sameCache.clear();
  sameCache.set(question, entry);
  return entry;
}
