// harper.js 2.10 reports spans in UTF-16 code units (tests/integration/english-grammar.test.ts
// checks this against emoji and accented text). Rust's own unit is the Unicode scalar value,
// so a future binding could switch; this keeps `text.slice(start, end)` right either way.

export type Span = { start: number; end: number };

/** Converts Unicode scalar (code point) indices into UTF-16 indices of the same text. */
export function scalarToUtf16(text: string, span: Span): Span {
  let scalar = 0;
  let start = -1;
  let end = -1;
  for (let unit = 0; unit <= text.length;) {
    if (scalar === span.start && start < 0) start = unit;
    if (scalar === span.end) {
      end = unit;
      break;
    }
    if (unit === text.length) break;
    const code = text.codePointAt(unit) ?? 0;
    unit += code > 0xffff ? 2 : 1;
    scalar += 1;
  }
  return { start: start < 0 ? text.length : start, end: end < 0 ? text.length : end };
}

/**
 * The UTF-16 span of a flagged problem, given harper's span and the text harper says it
 * flagged. Returns null when neither reading of the span points at that text.
 */
export function locateProblem(text: string, span: Span, problem: string): Span | null {
  if (text.slice(span.start, span.end) === problem) return span;
  const converted = scalarToUtf16(text, span);
  if (text.slice(converted.start, converted.end) === problem) return converted;
  return null;
}
