import "server-only";
import PDFDocument from "pdfkit";
import type { Blockquote, Code, Heading, List, PhrasingContent, Root, RootContent, Table } from "mdast";
import { toString } from "mdast-util-to-string";
import { parseGuideMarkdown } from "@/lib/resources/markdown";
import { pdfSafe } from "@/lib/resources/pdf-text";
import { levelLabel, topicLabel } from "@/lib/resources/schema";

// Turns a guide into a PDF by walking its Markdown tree (the same tree the page
// renders), so the download always matches what the reader sees on screen.

export type GuideForPdf = { title: string; topic: string; level: string; summary: string; readingMinutes: number; body: string };

type Doc = PDFKit.PDFDocument;
type Font = "Helvetica" | "Helvetica-Bold" | "Helvetica-Oblique" | "Helvetica-BoldOblique" | "Courier" | "Courier-Bold";
type Run = { text: string; font: Font; link?: string };
type Box = { x: number; width: number };

const MARGIN = 56;
const BODY_SIZE = 10.5;
const CODE_SIZE = 8.5;
const HEADING_SIZE: Record<number, number> = { 1: 18, 2: 15, 3: 12.5 };
const TEXT = "#1f2328";
const MUTED = "#59636e";
const LINK = "#0b5cad";
const INDENT = 16;

function fontOf(bold: boolean, italic: boolean, code: boolean): Font {
  if (code) return bold ? "Courier-Bold" : "Courier";
  if (bold && italic) return "Helvetica-BoldOblique";
  return bold ? "Helvetica-Bold" : italic ? "Helvetica-Oblique" : "Helvetica";
}

/** Inline Markdown as runs of one font each; raw HTML is dropped, as on the page. */
function runsOf(nodes: PhrasingContent[], bold = false, italic = false, link?: string): Run[] {
  return nodes.flatMap((node): Run[] => {
    switch (node.type) {
      case "text":
        return [{ text: node.value.replace(/\n/g, " "), font: fontOf(bold, italic, false), link }];
      case "inlineCode":
        return [{ text: node.value, font: fontOf(bold, false, true), link }];
      case "strong":
        return runsOf(node.children, true, italic, link);
      case "emphasis":
      case "delete":
        return runsOf(node.children, bold, true, link);
      case "link":
        return runsOf(node.children, bold, italic, node.url);
      case "break":
        return [{ text: "\n", font: fontOf(bold, italic, false), link }];
      case "image":
        return node.alt ? [{ text: `[${node.alt}]`, font: fontOf(bold, true, false) }] : [];
      default:
        return "children" in node ? runsOf(node.children as PhrasingContent[], bold, italic, link) : [];
    }
  });
}

/** Keeps a block from starting in the last few lines of a page. */
function keepRoom(doc: Doc, points: number): void {
  if (doc.y + points > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function writeRuns(doc: Doc, runs: Run[], box: Box, size: number, color = TEXT): void {
  const merged = runs.filter((run) => run.text !== "");
  if (merged.length === 0) return;
  doc.fontSize(size).fillColor(color);
  merged.forEach((run, index) => {
    const options = {
      width: box.width,
      lineGap: 2,
      continued: index < merged.length - 1,
      // Each run states these, or the previous run's would carry over.
      link: run.link ?? null,
      underline: Boolean(run.link),
    };
    doc.font(run.font).fillColor(run.link ? LINK : color);
    if (index === 0) doc.text(pdfSafe(run.text), box.x, doc.y, options);
    else doc.text(pdfSafe(run.text), options);
  });
  doc.fillColor(TEXT);
}

function heading(doc: Doc, node: Heading, box: Box): void {
  const size = HEADING_SIZE[node.depth] ?? BODY_SIZE + 1;
  doc.moveDown(node.depth <= 2 ? 0.8 : 0.5);
  keepRoom(doc, size * 4);
  writeRuns(doc, runsOf(node.children, true), box, size);
  doc.moveDown(0.35);
}

function codeBlock(doc: Doc, node: Code, box: Box): void {
  const pad = 6;
  const text = pdfSafe(node.value);
  doc.font("Courier").fontSize(CODE_SIZE);
  const height = doc.heightOfString(text, { width: box.width - pad * 2, lineGap: 1 }) + pad * 2;
  const pageRoom = doc.page.height - doc.page.margins.top - doc.page.margins.bottom;
  if (height <= pageRoom) keepRoom(doc, height);
  // A block longer than a page flows over pages without its background.
  if (height <= pageRoom) doc.rect(box.x, doc.y, box.width, height).fill("#f3f4f6");
  doc
    .fillColor(TEXT)
    .font("Courier")
    .fontSize(CODE_SIZE)
    .text(text, box.x + pad, doc.y + pad, { width: box.width - pad * 2, lineGap: 1 });
  doc.y += pad;
  doc.moveDown(0.6);
}

function list(doc: Doc, node: List, box: Box): void {
  const start = node.start ?? 1;
  node.children.forEach((item, index) => {
    doc.fontSize(BODY_SIZE);
    keepRoom(doc, doc.currentLineHeight(true) * 2);
    const y = doc.y;
    const inner = { x: box.x + INDENT, width: box.width - INDENT };
    if (typeof item.checked === "boolean") {
      const side = BODY_SIZE * 0.8;
      doc.lineWidth(0.8).rect(box.x + 1, y + 1.5, side, side).stroke(MUTED);
      if (item.checked) doc.font("Helvetica-Bold").fillColor(TEXT).text("x", box.x + 2.5, y + 0.5, { lineBreak: false });
    } else {
      const marker = node.ordered ? `${start + index}.` : "•";
      doc.font("Helvetica").fillColor(TEXT).text(marker, box.x, y, { width: INDENT, lineBreak: false });
    }
    doc.y = y;
    item.children.forEach((child, childIndex) => {
      if (childIndex > 0) doc.moveDown(0.2);
      block(doc, child, inner, true);
    });
    doc.moveDown(node.spread ? 0.4 : 0.15);
  });
  doc.moveDown(0.4);
}

function blockquote(doc: Doc, node: Blockquote, box: Box): void {
  const startY = doc.y;
  const startPages = doc.bufferedPageRange().count;
  const inner = { x: box.x + INDENT, width: box.width - INDENT };
  node.children.forEach((child) => block(doc, child, inner, false, MUTED));
  // The rule beside a quote is drawn only when the quote stayed on one page.
  if (doc.bufferedPageRange().count === startPages) {
    doc.lineWidth(2).moveTo(box.x + 4, startY).lineTo(box.x + 4, doc.y - 6).stroke("#d0d7de");
  }
}

function table(doc: Doc, node: Table, box: Box): void {
  const rows = node.children.map((row, rowIndex) =>
    row.children.map((cell, columnIndex) => ({
      text: pdfSafe(toString(cell)),
      font: { src: rowIndex === 0 ? "Helvetica-Bold" : "Helvetica" },
      align: { x: node.align?.[columnIndex] ?? "left", y: "top" as const },
      backgroundColor: rowIndex === 0 ? "#eef1f4" : undefined,
    })),
  );
  doc.fontSize(BODY_SIZE - 1).fillColor(TEXT);
  keepRoom(doc, doc.currentLineHeight(true) * 4);
  doc.table({
    position: { x: box.x, y: doc.y },
    maxWidth: box.width,
    defaultStyle: { border: 0.5, borderColor: "#b6bec7", padding: 4 },
    data: rows,
  });
  doc.x = box.x;
  doc.moveDown(0.8);
}

function block(doc: Doc, node: RootContent, box: Box, tight = false, color = TEXT): void {
  switch (node.type) {
    case "heading":
      return heading(doc, node, box);
    case "paragraph":
      writeRuns(doc, runsOf(node.children), box, BODY_SIZE, color);
      doc.moveDown(tight ? 0 : 0.5);
      return;
    case "list":
      return list(doc, node, box);
    case "code":
      return codeBlock(doc, node, box);
    case "blockquote":
      return blockquote(doc, node, box);
    case "table":
      return table(doc, node, box);
    case "thematicBreak":
      doc.moveDown(0.4);
      doc.lineWidth(0.5).moveTo(box.x, doc.y).lineTo(box.x + box.width, doc.y).stroke("#d0d7de");
      doc.moveDown(0.8);
      return;
    default:
      // Raw HTML, definitions and footnotes have no place in the printed guide.
      return;
  }
}

function titleBlock(doc: Doc, guide: GuideForPdf, box: Box): void {
  writeRuns(doc, [{ text: guide.title, font: "Helvetica-Bold" }], box, 22);
  doc.moveDown(0.2);
  const meta = `${topicLabel(guide.topic)} · ${levelLabel(guide.level)} · ${guide.readingMinutes} min read`;
  writeRuns(doc, [{ text: meta, font: "Helvetica" }], box, 10, MUTED);
  doc.moveDown(0.5);
  writeRuns(doc, [{ text: guide.summary, font: "Helvetica-Oblique" }], box, BODY_SIZE + 0.5);
  doc.moveDown(0.6);
  doc.lineWidth(0.8).moveTo(box.x, doc.y).lineTo(box.x + box.width, doc.y).stroke("#d0d7de");
  doc.moveDown(0.4);
}

/** "Page n of m" at the foot of every page, written once the page count is known. */
function pageNumbers(doc: Doc): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(9)
      .fillColor(MUTED)
      .text(`Page ${index + 1} of ${count}`, MARGIN, doc.page.height - bottom / 2 - 4, {
        width: doc.page.width - MARGIN * 2,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

function writeGuide(doc: Doc, guide: GuideForPdf, tree: Root): void {
  const box = { x: MARGIN, width: doc.page.width - MARGIN * 2 };
  titleBlock(doc, guide, box);
  for (const node of tree.children) block(doc, node, box);
  pageNumbers(doc);
}

/** The guide as a PDF file (A4, standard fonts, numbered pages). */
export function renderGuidePdf(guide: GuideForPdf): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    displayTitle: true,
    lang: "en",
    info: { Title: guide.title, Subject: guide.summary, Creator: "Interview Prep" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  writeGuide(doc, guide, parseGuideMarkdown(guide.body));
  doc.end();
  return done;
}
