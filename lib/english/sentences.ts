export type SentenceSpan = { start: number; end: number; text: string };

// A sentence ends at . ! or ? followed by a space or the end ("Node.js" and "3.5" do not end
// one), or at a line break.
const BOUNDARY = /[.!?]+["')\]]*(?=\s|$)|\n/g;

/** The sentences of a text with their UTF-16 offsets, surrounding whitespace excluded. */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let from = 0;
  const push = (end: number) => {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== "") spans.push({ start: from + lead, end: from + lead + trimmed.length, text: trimmed });
  };
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    push(end);
    from = end;
  }
  push(text.length);
  return spans;
}

/** Applies replacements (non-overlapping, offsets into `text`) from the last to the first. */
export function applyReplacements(
  text: string,
  replacements: { start: number; end: number; replacement: string }[],
): string {
  let out = text;
  const ordered = [...replacements].sort((a, b) => b.start - a.start);
  let limit = Infinity;
  for (const { start, end, replacement } of ordered) {
    if (end > limit) continue; // overlaps one already applied
    out = out.slice(0, start) + replacement + out.slice(end);
    limit = start;
  }
  return out;
}
