// Real PDF and DOCX files, generated at test time, through the same checks and
// parsers an upload goes through; and the broken files users upload by mistake.
import { describe, expect, it } from "vitest";
import { checkResumeFile, extractResumeText } from "@/lib/resume/extract";
import { InvalidInputError } from "@/lib/errors";
import { corruptPdf, encryptedPdf, PNG_1PX, resumeDocx, resumePdf, scannedPdf } from "../fixtures/resume-files";

async function read(bytes: Uint8Array) {
  const { kind } = await checkResumeFile(bytes);
  return extractResumeText(bytes, kind);
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidInputError);
  return (error as InvalidInputError).fieldErrors.file?.[0] ?? "";
}

describe("reading resumes", () => {
  it("reads a PDF's text with the tricky terms whole, and counts its pages", async () => {
    const { text, pages } = await read(await resumePdf(undefined, { pages: 2 }));
    expect(pages).toBe(2);
    for (const term of ["C++", "C#", "Node.js", "CI/CD", "k8s", "JS rewrite"]) expect(text).toContain(term);
    expect(text).toContain("• Migrated 40 services to k8s");
    expect(text).not.toMatch(/-- \d of \d --/);
  });

  it("reads a DOCX with its headings and keeps list items as bullets", async () => {
    const bytes = await resumeDocx();
    expect((await checkResumeFile(bytes)).kind).toBe("docx");
    const { text, pages } = await read(bytes);
    expect(pages).toBeNull();
    expect(text).toContain("Experience\n");
    expect(text).toContain("• Built a CI/CD pipeline with GitHub Actions");
    expect(text).toContain("C++, C#, JavaScript (Node.js)");
  });

  it("refuses a scanned PDF (no text layer) and says what to do", async () => {
    expect(await refusal(read(await scannedPdf()))).toMatch(/no text in this PDF.*scanned image/);
  });

  it("refuses a password-protected PDF", async () => {
    expect(await refusal(read(await encryptedPdf()))).toMatch(/password-protected/);
  });

  it("refuses a truncated PDF as damaged", async () => {
    const bytes = await corruptPdf();
    expect((await checkResumeFile(bytes)).kind).toBe("pdf");
    expect(await refusal(read(bytes))).toMatch(/damaged or incomplete/);
  });

  it("refuses a truncated DOCX as damaged", async () => {
    const whole = await resumeDocx();
    const bytes = whole.subarray(0, whole.length - 200);
    expect(await refusal(read(bytes))).toMatch(/DOCX file is damaged/);
  });

  it("refuses a PNG named .pdf by its bytes, saying what it really is", async () => {
    expect(await refusal(checkResumeFile(PNG_1PX))).toBe("Upload a PDF or DOCX file (this file is image/png).");
  });

  it("refuses plain text", async () => {
    expect(await refusal(checkResumeFile(new TextEncoder().encode("Jane Doe\nExperience\n...")))).toBe("Upload a PDF or DOCX file.");
  });
});
