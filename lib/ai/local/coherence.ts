import type { Token } from "@/lib/ai/local/metrics/tokens";
import { STOP_WORDS, stem, words } from "@/lib/ai/local/words";

// Does the answer hang together? An answer says what was done, why, and with what result in
// sentences; a salad names things. Three checkable signals: how many sentences are real
// statements (a verb and a few words, not a "Task: scale." label), how many named things stand in
// lists with nothing said about them, and whether each sentence follows from the one before.

export type Coherence = {
  score: number;
  /** The finding that cost the most, phrased for the user; null when the answer hangs together. */
  issue: string | null;
  /** Sentence indexes that are fragments or bare lists; their STAR labels and numbers don't count. */
  emptySentences: Set<number>;
};

const STAR_LABELS = words("situation task action result context challenge outcome impact approach");
const BUZZWORDS = words(
  "synergy synergies synergistic leverage leveraged leveraging paradigm holistic cloud-native scalable robust seamless " +
    "seamlessly cutting-edge innovative innovation disruptive disrupt world-class best-in-class value-add game-changer " +
    "next-gen mission-critical bleeding-edge empower empowered empowering ownership impactful " +
    "transformative transformation data-driven customer-centric enterprise-grade blockchain web3 upskill upskilled " +
    "upskilling hyperscale web-scale ai-first end-to-end",
);
// Verbs people use in any answer; with -ed/-ing forms and modals they tell a statement from a list.
const COMMON_VERBS = words(
  "is are was were be been am has have had do does did make makes made use uses run runs ran build builds built lead " +
    "leads led get gets got take takes took give gives gave go goes went know knew think thought see saw say said tell " +
    "told find found keep kept let put set show shows work works need needs want wants help helps mean means become " +
    "became send sent store stores read reads write writes wrote return returns call calls handle handles cause causes " +
    "can will would should could may might must shall won't can't don't doesn't didn't isn't wasn't aren't weren't " +
    "hold holds held bring brings brought begin began start starts choose chose pick picks split splits cut cuts lose " +
    "lost win won pay paid meet met spend spent sit sat stand stood understand understood feel felt leave left grow grew " +
    "drop drops fall fell rise rose add adds ask asks talk talks move moves check checks fix fixes ship ships",
);
const LINKS = words(
  "so because then therefore thus after afterwards before when once which this that these it they he she we i as " +
    "however but although though instead otherwise also finally next first second third later meanwhile since result " +
    "consequently overall eventually",
);

const isVerb = (norm: string) =>
  COMMON_VERBS.has(norm) || (norm.length > 4 && /^[a-z]+(ed|ing)$/.test(norm) && !/ing$/.test(norm.slice(0, -3)));

/** Acronyms, camelCase, "Node.js", "CI/CD", capitalised names mid-sentence: things with names. */
function isNamedThing(token: Token, first: boolean): boolean {
  const t = token.text;
  if (/^(I|I'm|I'd|I've|I'll|OK)$/.test(t)) return false;
  return (
    /[A-Z].*[A-Z]/.test(t) ||
    /[a-z][A-Z]/.test(t) ||
    /[./+#]/.test(t) ||
    (!first && /^[A-Z][a-z]/.test(t)) ||
    BUZZWORDS.has(token.norm)
  );
}

type SentenceFacts = {
  tokens: Token[];
  verbs: number;
  named: number;
  statement: boolean;
  empty: boolean;
  /** Named things that stand in a run of four or more ("Kubernetes, Terraform, Go and Rust"). */
  listed: Set<number>;
};

const LIST_JOINERS = new Set(["and", "or", "&"]);
const LIST_RUN = 4;

/**
 * Indexes of named things that stand in a list of at least LIST_RUN items: names separated by
 * commas, "and" or "or". A list says what was around, not what was done with any of it.
 */
function listedNames(group: Token[]): Set<number> {
  const listed = new Set<number>();
  let run: number[] = [];
  let items = 0;
  const close = () => {
    if (items >= LIST_RUN) for (const i of run) listed.add(i);
    run = [];
    items = 0;
  };
  for (let i = 0; i < group.length; i += 1) {
    const token = group[i];
    if (!token) continue;
    if (isNamedThing(token, i === 0)) {
      const previous = group[i - 1];
      // "Stack Overflow": two names with no comma between them are one item.
      const sameItem = run.at(-1) === i - 1 && previous !== undefined && !previous.pauseAfter;
      run.push(i);
      if (!sameItem) items += 1;
    } else if (!(LIST_JOINERS.has(token.norm) && run.length > 0) && !(token.norm === "the" && run.length > 0)) {
      close();
    }
  }
  close();
  return listed;
}

function sentencesOf(tokens: Token[]): SentenceFacts[] {
  const groups: Token[][] = [];
  for (const token of tokens) (groups[token.sentence] ??= []).push(token);
  return groups.filter(Boolean).map((group) => {
    const verbs = group.filter((t) => isVerb(t.norm)).length;
    const named = group.filter((t, i) => isNamedThing(t, i === 0)).length;
    const labelled = group[0] !== undefined && STAR_LABELS.has(group[0].norm) && group.length <= 4;
    // "Action: Kubernetes, Kafka, Redis." or "Result: 40%, 3x." say nothing about what happened.
    const listLike = verbs === 0 || (named >= 4 && named / group.length > 0.5);
    const statement = !labelled && verbs > 0 && group.length >= 4 && !(named >= 4 && named / group.length > 0.5);
    return {
      tokens: group,
      verbs,
      named,
      statement,
      empty: labelled || (listLike && group.length <= 12) || group.length < 3,
      listed: listedNames(group),
    };
  });
}

/** The chosen tokens as names, neighbours with no pause between them joined ("Stack Overflow"). */
function namesOf(tokens: Token[], chosen: (token: Token, index: number) => boolean): string[] {
  const names: string[] = [];
  let previous = -2;
  tokens.forEach((token, i) => {
    if (!chosen(token, i)) return;
    const before = tokens[i - 1];
    if (previous === i - 1 && before && !before.pauseAfter && names.length > 0)
      names[names.length - 1] += ` ${token.text}`;
    else names.push(token.text);
    previous = i;
  });
  return names;
}

const contentOf = (tokens: Token[]) =>
  new Set(tokens.filter((t) => !STOP_WORDS.has(t.norm) && t.norm.length > 2).map((t) => stem(t.norm)));

/** Share of sentences that pick up the one before: a shared word or a linking word. */
function cohesion(sentences: SentenceFacts[]): number | null {
  if (sentences.length < 2) return null;
  let linked = 0;
  for (let i = 1; i < sentences.length; i += 1) {
    const current = sentences[i];
    const previous = sentences[i - 1];
    if (!current || !previous) continue;
    const opener = current.tokens.slice(0, 3).some((t) => LINKS.has(t.norm));
    const before = contentOf(previous.tokens);
    const shared = [...contentOf(current.tokens)].some((s) => before.has(s));
    if (opener || shared) linked += 1;
  }
  return linked / (sentences.length - 1);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function assessCoherence(tokens: Token[]): Coherence {
  const sentences = sentencesOf(tokens);
  const emptySentences = new Set<number>();
  for (const s of sentences) if (s.empty && s.tokens[0]) emptySentences.add(s.tokens[0].sentence);
  if (sentences.length === 0) return { score: 0, issue: null, emptySentences };

  const statements = sentences.filter((s) => s.statement);
  const statementShare = statements.length / sentences.length;
  // Words inside real statements: a long story with one label line is still a story.
  const wordsInStatements = statements.reduce((sum, s) => sum + s.tokens.length, 0) / Math.max(1, tokens.length);

  // Named things that appear only in lists or fragments, never in a sentence that does something.
  const namedInStatements = new Set(
    statements.flatMap((s) =>
      s.tokens.filter((t, i) => isNamedThing(t, i === 0) && !s.listed.has(i)).map((t) => t.norm),
    ),
  );
  const listedOnly = [
    ...new Set(
      sentences.flatMap((s) =>
        namesOf(
          s.tokens,
          (t, i) => (!s.statement || s.listed.has(i)) && isNamedThing(t, i === 0) && !BUZZWORDS.has(t.norm),
        ),
      ),
    ),
  ].filter((text) => !text.split(" ").some((part) => namedInStatements.has(part.toLowerCase())));
  const buzzwords = tokens.filter((t) => BUZZWORDS.has(t.norm)).length;
  const buzzShare = buzzwords / Math.max(1, tokens.length);
  // Many named things per statement: a string of technologies joined by "and".
  const namedDensity =
    statements.length === 0 ? 1 : statements.reduce((sum, s) => sum + s.named / s.tokens.length, 0) / statements.length;

  const linked = cohesion(sentences);
  const score = round2(
    Math.max(
      0,
      Math.min(
        1,
        0.35 * statementShare +
          0.3 * wordsInStatements +
          0.2 * (linked ?? wordsInStatements) +
          0.15 * (1 - Math.min(1, namedDensity * 2.5)) -
          Math.min(0.4, buzzShare * 4) -
          Math.min(0.3, listedOnly.length * 0.04),
      ),
    ),
  );

  let issue: string | null = null;
  if (listedOnly.length >= 4) {
    issue = `The answer names ${listedOnly.length} technologies or terms (${listedOnly.slice(0, 4).join(", ")}${listedOnly.length > 4 ? ", …" : ""}) without saying what you did with any of them.`;
  } else if (statementShare < 0.5) {
    issue = `${sentences.length - statements.length} of ${sentences.length} sentences are labels or fragments rather than statements of what was done, why and with what result.`;
  } else if (buzzwords >= 3 && buzzShare > 0.04) {
    issue = `${buzzwords} buzzwords ("${tokens
      .filter((t) => BUZZWORDS.has(t.norm))
      .slice(0, 3)
      .map((t) => t.text)
      .join('", "')}") stand in for what actually happened.`;
  } else if (linked !== null && linked < 0.3 && sentences.length >= 4) {
    issue = "The sentences don't follow from one another: each starts a new thought without linking it to the last.";
  }
  return { score, issue: score < 0.6 ? issue : null, emptySentences };
}
