import "server-only";
import winkNLP, { type ItsFunction } from "wink-nlp";
import model from "wink-eng-lite-web-model";

// wink-nlp tags parts of speech and lemmas with a model that ships as an npm package (about
// 4 MB, no download at run time). Building the pipeline takes about 100 ms, so one instance
// serves the whole process; it holds no per-request state.

export type Token = {
  /** The token as written. */
  text: string;
  /** Lower case, with a curly apostrophe made straight ("didn’t" → "n't"). */
  lower: string;
  /** Universal POS tag: "VERB", "AUX", "PRON", "NOUN", "ADP", "PART", "PUNCT", … */
  pos: string;
  /** Base form in lower case, e.g. "went" → "go", "informations" → "information". */
  lemma: string;
  /** UTF-16 offsets into the text that was tagged. */
  start: number;
  end: number;
};

let nlp: ReturnType<typeof winkNLP> | null = null;

function pipeline(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ["sbd", "pos"]);
  return nlp;
}

const SENTENCE_END = new Set([".", "!", "?"]);

/**
 * The text's sentences as tagged tokens. Offsets come from finding each token in the original
 * text in order, so they stay right around emoji and odd spacing; if a token cannot be found
 * (the tokeniser normalised it) the text gets no sentences and the rules stay silent.
 */
export function tagSentences(text: string): Token[][] {
  const { its } = pipeline();
  const doc = pipeline().readDoc(text);
  const values = doc.tokens().out(its.value);
  const tags = doc.tokens().out(its.pos);
  // wink-nlp 2.4's typings give its.lemma the signature of an internal helper; at run time it is
  // an ordinary token function like its.pos.
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>);
  const sentences: Token[][] = [];
  let sentence: Token[] = [];
  let cursor = 0;
  for (const [index, value] of values.entries()) {
    const start = text.indexOf(value, cursor);
    if (start < 0 || text.slice(cursor, start).trim() !== "") return [];
    cursor = start + value.length;
    const pos = tags[index] ?? "X";
    sentence.push({
      text: value,
      lower: value.toLowerCase().replace(/’/g, "'"),
      pos,
      lemma: lemmas[index] ?? value,
      start,
      end: cursor,
    });
    if (pos === "PUNCT" && SENTENCE_END.has(value)) {
      sentences.push(sentence);
      sentence = [];
    }
  }
  if (sentence.length > 0) sentences.push(sentence);
  return sentences;
}
