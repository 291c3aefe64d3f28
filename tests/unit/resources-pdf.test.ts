import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { renderGuidePdf, type GuideForPdf } from "@/lib/resources/pdf";
import { pdfSafe } from "@/lib/resources/pdf-text";
import { parseGuide } from "@/lib/resources/schema";

async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.total };
  } finally {
    await parser.destroy();
  }
}

const guide = (body: string): GuideForPdf => ({
  title: "Walker Test Guide",
  topic: "system_design",
  level: "advanced",
  summary: "A guide written to test the Markdown to PDF walker.",
  readingMinutes: 7,
  body,
});

const BODY = [
  "## First heading",
  "A paragraph with **bold words** and `inline code`.",
  "- apple bullet\n- banana bullet\n  - nested cherry",
  "1. step one\n2. step two",
  "```ts\nconst answer = 42;\n```",
  "### Smaller heading",
  "| Part | Share |\n|---|---|\n| Action | 60% |",
  "> A quoted line",
  "- [ ] unchecked task",
  "<div>raw html is dropped</div>",
].join("\n\n");

describe("renderGuidePdf", () => {
  it("produces a PDF whose text has the title, metadata line, headings, bullets, numbers, code and table in order", async () => {
    const pdf = await renderGuidePdf(guide(BODY));
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { text, pages } = await pdfText(pdf);
    expect(pages).toBe(1);
    const expected = [
      "Walker Test Guide",
      "System design · Advanced · 7 min read",
      "A guide written to test the Markdown to PDF walker.",
      "First heading",
      "A paragraph with bold words and inline code.",
      "• apple bullet",
      "• banana bullet",
      "• nested cherry",
      "1. step one",
      "2. step two",
      "const answer = 42;",
      "Smaller heading",
      "Part Share",
      "Action 60%",
      "A quoted line",
      "unchecked task",
      "Page 1 of 1",
    ];
    let from = 0;
    for (const line of expected) {
      const at = text.indexOf(line, from);
      expect(at, `"${line}" after position ${from} in:\n${text}`).toBeGreaterThanOrEqual(0);
      from = at + line.length;
    }
    expect(text).not.toContain("**");
    expect(text).not.toContain("```");
    expect(text).not.toContain("[ ]");
    expect(text).not.toContain("raw html");
  });

  it("sets code in a monospace font and headings in bold", async () => {
    const raw = (await renderGuidePdf(guide("## Heading\n\n```\ncode\n```"))).toString("latin1");
    expect(raw).toContain("/BaseFont /Courier");
    expect(raw).toContain("/BaseFont /Helvetica-Bold");
    const plain = (await renderGuidePdf(guide("Just a paragraph."))).toString("latin1");
    expect(plain).not.toContain("/BaseFont /Courier");
  });

  it("numbers every page of a long guide", async () => {
    const long = Array.from({ length: 40 }, (_, index) => `## Section ${index + 1}\n\n${"Lorem ipsum dolor sit amet. ".repeat(12)}`).join("\n\n");
    const { text, pages } = await pdfText(await renderGuidePdf(guide(long)));
    expect(pages).toBeGreaterThan(2);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Page ${page} of ${pages}`);
    expect(text).toContain("Section 40");
  });

  it("renders a real seeded guide with its tables and checklist", async () => {
    const file = join(process.cwd(), "prisma", "data", "guides", "star-method.md");
    const star = parseGuide(readFileSync(file, "utf8"), "star-method.md");
    const { text } = await pdfText(await renderGuidePdf(star));
    expect(text).toContain("The STAR Method for Behavioural Answers");
    expect(text).toContain("Behavioural · Beginner · 6 min read");
    expect(text).toContain("The four parts of STAR");
    expect(text).toContain("Situation ~10% 1–2 sentences");
    expect(text).toContain("Likely follow-up questions have been considered");
    expect(text).not.toMatch(/\|---/);
  });
});

describe("pdfSafe", () => {
  it("spells symbols the standard fonts lack and keeps Windows-1252 ones", () => {
    expect(pdfSafe("O(2ⁿ) → 10⁷ ≈ n² × 3 – done ✔ “quoted” • café")).toBe("O(2^n) -> 10^7 ~ n² × 3 – done x “quoted” • café");
    expect(pdfSafe("emoji 🙂 and 日本")).toBe("emoji ? and ??");
  });
});
