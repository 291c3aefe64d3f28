// PDFKit's built-in fonts (Helvetica, Courier) only cover Windows-1252. Any
// other character would come out as the wrong glyph, so it is spelt in ASCII.

const SPELLED: Record<string, string> = {
  "→": "->",
  "←": "<-",
  "↔": "<->",
  "⇒": "=>",
  "−": "-",
  "≈": "~",
  "≤": "<=",
  "≥": ">=",
  "≠": "!=",
  "✔": "x",
  "✓": "x",
  "✗": "-",
  "✘": "-",
  "⁰": "^0",
  "⁴": "^4",
  "⁵": "^5",
  "⁶": "^6",
  "⁷": "^7",
  "⁸": "^8",
  "⁹": "^9",
  "ⁿ": "^n",
};

// The 0x80–0x9F block of Windows-1252; everything else it has is Latin-1 (U+0020–U+007E, U+00A0–U+00FF).
const CP1252_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

function printable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || char === "\n" || CP1252_EXTRA.has(char);
}

/** Text safe for the standard PDF fonts: known symbols spelt out, anything else unprintable becomes "?". */
export function pdfSafe(text: string): string {
  let out = "";
  for (const char of text.replace(/\t/g, "  ")) {
    out += SPELLED[char] ?? (printable(char) ? char : "?");
  }
  return out;
}
