import "server-only";
import { fileTypeFromBuffer } from "file-type";
import mammoth from "mammoth";
import { InvalidPDFException, PasswordException, PDFParse } from "pdf-parse";
import { InvalidInputError } from "@/lib/errors";
import { MAX_RESUME_TEXT_CHARS, RESUME_TYPES, type ResumeKind, type ResumeMime } from "@/lib/resume/schema";

/** Pages beyond this are not read: no resume is that long, and a huge PDF would only be slow. */
const MAX_PDF_PAGES = 10;
/** Fewer letters than this means there is no real text layer (a scan, or only images). */
const MIN_LETTERS = 30;

const refuse = (message: string, field = message): never => {
  throw new InvalidInputError(message, { file: [field] });
};

/**
 * The file's real type from its first bytes, ignoring its name and the type
 * the browser claimed: a PNG renamed .pdf is refused.
 */
export async function checkResumeFile(bytes: Uint8Array): Promise<{ mime: ResumeMime; kind: ResumeKind; extension: string }> {
  const detected = await fileTypeFromBuffer(bytes);
  const type = detected && detected.mime in RESUME_TYPES ? RESUME_TYPES[detected.mime as ResumeMime] : null;
  if (!detected || !type) {
    const what = detected?.mime === "application/x-cfb" ? " (an old .doc file: save it as DOCX or PDF)" : detected ? ` (this file is ${detected.mime})` : "";
    return refuse("That file is not a PDF or DOCX document.", `Upload a PDF or DOCX file${what}.`);
  }
  return { mime: detected.mime as ResumeMime, kind: type.kind, extension: type.extension };
}

/** HTML from mammoth to text lines, keeping list items as "•" bullets (its raw text mode drops them). */
export function htmlToText(html: string): string {
  return html
    .replace(/<li[^>]*>/gi, "\n• ")
    .replace(/<(?:br\s*\/?|\/p|\/h\d|\/li|\/tr|\/ul|\/ol)>/gi, "\n")
    .replace(/<\/t[dh]>/gi, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|#(\d+)|#x([0-9a-f]+));/gi, (_, name: string, dec?: string, hex?: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" } as Record<string, string>)[name.toLowerCase()] ?? "";
    });
}

/** One space between words, one newline between lines, ligatures and odd spaces undone. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\t\u00a0\u2000-\u200b\u202f\u3000]/g, " ")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  // pdf.js may take ownership of the buffer it is given: hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText({ first: MAX_PDF_PAGES });
    return { text: result.pages.map((page) => page.text).join("\n\n"), pages: result.total };
  } catch (error) {
    if (error instanceof PasswordException) {
      return refuse("This PDF is password-protected.", "This PDF is password-protected, so its text cannot be read. Save an unprotected copy and upload that.");
    }
    if (error instanceof InvalidPDFException || (error instanceof Error && /FormatError|Invalid PDF|Unexpected|bad XRef/i.test(`${error.name} ${error.message}`))) {
      return refuse("This PDF is damaged.", "This PDF is damaged or incomplete and cannot be read. Export it again and upload the new file.");
    }
    throw error;
  } finally {
    await parser.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  try {
    const { value } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      // Images are not needed for text; without this mammoth inlines them as base64.
      { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
    return htmlToText(value);
  } catch {
    return refuse("This DOCX file is damaged.", "This DOCX file is damaged or incomplete and cannot be read. Save it again from your word processor and upload the new file.");
  }
}

/** The text of a checked resume file; refuses files without readable text with a message that says why. */
export async function extractResumeText(bytes: Uint8Array, kind: ResumeKind): Promise<{ text: string; pages: number | null }> {
  const { text: raw, pages } = kind === "pdf" ? await pdfText(bytes) : { text: await docxText(bytes), pages: null };
  const text = normaliseText(raw);
  if ((text.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) {
    return refuse(
      kind === "pdf" ? "This PDF has no text we can read." : "This document has no text.",
      kind === "pdf"
        ? "We found no text in this PDF. It looks like a scanned image: upload a PDF exported from your word processor, or a DOCX."
        : "We found no text in this document. Check that it is your resume and upload it again.",
    );
  }
  if (text.length > MAX_RESUME_TEXT_CHARS) {
    return refuse("This document is far longer than a resume.", `This document has more than ${MAX_RESUME_TEXT_CHARS.toLocaleString("en")} characters of text; upload your resume only.`);
  }
  return { text, pages };
}
