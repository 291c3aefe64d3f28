import type { Keyword } from "@/lib/resume/schema";
import { findTerms, keyOf, tokenize, type Token } from "@/lib/resume/tokens";
import { JD_FILLER, STOP_WORDS } from "@/lib/resume/vocabulary/words";
import { BULLET } from "@/lib/resume/sections";

type Context = "must" | "nice" | "neutral" | "ignore";

// Nice is tested first: "not required" and "preferred qualifications" are nice-to-haves.
const NICE_CUE =
  /\b(?:nice[\s-]to[\s-]haves?|bonus|preferred|preferably|plus|desired|desirable|optional|ideally|advantage(?:ous)?|good[\s-]to[\s-]have|great[\s-]to[\s-]have|would be great|even better|not required)\b/i;
const MUST_CUE = /\b(?:required|requirements?|must(?:-have)?|minimum|you have|you(?:'|’)ll have|you will have|you bring|essential|mandatory|need to have)\b/i;
const MUST_HEADING =
  /\b(?:requirements?|required|must|minimum|qualifications|what you(?:'|’)?(?:ll| will)? (?:need|bring)|you have|who you are|looking for|skills|experience|responsibilit(?:y|ies)|what you(?:'|’)?(?:ll| will)? do|the role|your role|duties|tech stack|our stack)\b/i;
const IGNORE_HEADING =
  /\b(?:about (?:us|the company)|benefits|perks|what we offer|we offer|compensation|salary|equal opportunity|eeo|diversity|how to apply|our (?:mission|values|culture|story)|why join)\b/i;

/**
 * The context a heading sets for the lines after it, or null when the line is
 * content. A heading is a line ending in a colon, or a short line without
 * sentence punctuation or any skill in it ("What you'll bring", "NICE TO HAVE").
 */
function headingContext(line: string): Context | null {
  const text = line.replace(/:\s*$/, "").trim();
  const colon = line.trim().endsWith(":");
  if (!colon && (text.split(/\s+/).length > 6 || /[.!?,]$/.test(text) || findTerms(tokenize(text), text).length > 0)) return null;
  const context = NICE_CUE.test(text) ? "nice" : MUST_HEADING.test(text) ? "must" : IGNORE_HEADING.test(text) ? "ignore" : null;
  if (context) return context;
  // An unknown heading ("About Acme:", "THE TEAM") ends the previous section.
  return colon || (text === text.toUpperCase() && /[A-Z]{3}/.test(text)) ? "neutral" : null;
}

function cueOf(text: string): "must" | "nice" | null {
  return NICE_CUE.test(text) ? "nice" : MUST_CUE.test(text) ? "must" : null;
}

/** Clauses of a line with their context; a clause naming both kinds is split at its commas. */
function segments(line: string, section: Context): { text: string; context: Context; explicit: boolean }[] {
  const out: { text: string; context: Context; explicit: boolean }[] = [];
  for (const clause of line.split(/(?<=[.;!?])\s+/)) {
    const hasBoth = NICE_CUE.test(clause) && MUST_CUE.test(clause.replace(NICE_CUE, ""));
    const parts = hasBoth ? clause.split(/,\s*|\s+(?:and|while|but)\s+(?=[^,]*\b(?:is|are)\b)/) : [clause];
    let carried: "must" | "nice" | null = null;
    for (const part of parts) {
      const cue: "must" | "nice" | null = cueOf(part) ?? carried;
      carried = cue;
      const context = section === "ignore" ? "ignore" : (cue ?? section);
      out.push({ text: part, context, explicit: cue !== null || section === "must" || section === "nice" });
    }
  }
  return out;
}

const TECH_CHARS = /[+#]|[A-Za-z]\.[A-Za-z]|[A-Za-z]\d|\d[A-Za-z]/;

function isNoise(token: Token): boolean {
  const lower = token.text.toLowerCase();
  return (
    !/[A-Za-z]/.test(token.text) ||
    token.text.length < 2 ||
    STOP_WORDS.has(lower) ||
    STOP_WORDS.has(token.key) ||
    JD_FILLER.has(lower) ||
    JD_FILLER.has(token.key)
  );
}

/**
 * A word we have no entry for counts as a keyword when it looks like a name:
 * technical characters anywhere ("Ember.js", "Vue3"), or a capital letter
 * mid-sentence or an acronym in a line that states requirements ("Pulumi", "HIPAA").
 */
function isUnknownKeyword(token: Token, index: number, explicit: boolean): boolean {
  if (isNoise(token)) return false;
  if (TECH_CHARS.test(token.text)) return true;
  if (!explicit) return false;
  const acronym = /^[A-Z]{2,6}$/.test(token.text);
  return acronym || (index > 0 && /^[A-Z][a-z]+[A-Za-z]*$/.test(token.text));
}

export type JobKeyword = { id: string; term: string; importance: "must" | "nice" };

/**
 * The skills, tools and other specific terms a job description asks for,
 * each marked must-have or nice-to-have. A term is a must-have unless every
 * mention of it sits under a nice-to-have cue ("bonus", "preferred", "a plus").
 */
export function jobKeywords(jobDescription: string): JobKeyword[] {
  const found = new Map<string, JobKeyword>();
  const add = (id: string, term: string, context: Context) => {
    if (context === "ignore") return;
    const importance = context === "nice" ? "nice" : "must";
    const existing = found.get(id);
    if (!existing) found.set(id, { id, term, importance });
    else if (importance === "must") existing.importance = "must";
  };

  let section: Context = "neutral";
  for (const rawLine of jobDescription.split("\n")) {
    const line = rawLine.replace(BULLET, "").trim();
    if (line === "") continue;
    // "Nice to have: Kafka" sets the context of its own line only.
    const labelled = /^([^:.!?;]{2,40}):\s*(\S.*)$/.exec(line);
    const label = labelled ? headingContext(`${labelled[1]}:`) : null;
    if (!labelled && !BULLET.test(rawLine)) {
      const heading = headingContext(line);
      if (heading) {
        section = heading;
        continue;
      }
    }
    const content = label && labelled ? labelled[2]! : line;
    const lineSection = label && label !== "neutral" ? label : section;
    for (const segment of segments(content, lineSection)) {
      const tokens = tokenize(segment.text);
      const hits = findTerms(tokens, segment.text);
      const covered = new Set(hits.flatMap((hit) => Array.from({ length: hit.to - hit.from + 1 }, (_, i) => hit.from + i)));
      for (const hit of hits) add(`term:${hit.termIndex}`, hit.name, segment.context);
      tokens.forEach((token, index) => {
        if (!covered.has(index) && isUnknownKeyword(token, index, segment.explicit)) add(`word:${token.key}`, token.text, segment.context);
      });
    }
  }
  return [...found.values()];
}

/** Which of the job's keywords the resume contains, and how it wrote them when differently (k8s for Kubernetes). */
export function matchKeywords(keywords: JobKeyword[], resumeText: string): Keyword[] {
  const tokens = tokenize(resumeText);
  const terms = new Map<string, string>();
  for (const hit of findTerms(tokens, resumeText)) if (!terms.has(`term:${hit.termIndex}`)) terms.set(`term:${hit.termIndex}`, hit.surface);
  const words = new Set(tokens.map((token) => `word:${token.key}`));
  return keywords.map(({ id, term, importance }) => {
    const surface = terms.get(id);
    if (surface !== undefined) {
      return keyOf(surface) === keyOf(term) ? { term, importance, matched: true } : { term, importance, matched: true, foundAs: surface };
    }
    return { term, importance, matched: words.has(id) };
  });
}
