// Storing resumes as versions: file and row together, one active version per
// user, re-matching from the saved text, deletion, and ownership.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { storage } from "@/lib/storage";
import { canReadFile } from "@/lib/storage/serve";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { deleteResume, rematchResume, setActiveResume, uploadResume } from "@/lib/resume/service";
import { getResume, listResumes } from "@/lib/resume/queries";
import { AnalysisSchema } from "@/lib/resume/schema";
import { createUser } from "../factories";
import { JOB_DESCRIPTION, PNG_1PX, resumeDocx, resumePdf, scannedPdf } from "../fixtures/resume-files";

async function filesOf(userId: string): Promise<string[]> {
  return readdir(join(process.env.STORAGE_DIR!, "users", userId, "resumes")).catch(() => []);
}

async function rows(userId: string) {
  return db().resumeUpload.findMany({ where: { userId }, orderBy: { version: "asc" }, select: { id: true, version: true, isActive: true } });
}

describe("uploadResume", () => {
  it("stores the file under the user's prefix and the analysed row as version 1", async () => {
    const user = await createUser();
    const pdf = await resumePdf();
    const { id, version } = await uploadResume(user.id, { bytes: pdf, originalFilename: "C:\\Users\\jane\\Jane Doe.pdf", jobDescription: JOB_DESCRIPTION });
    expect(version).toBe(1);
    const row = await db().resumeUpload.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      userId: user.id,
      originalFilename: "Jane Doe.pdf",
      fileSize: pdf.byteLength,
      fileType: "pdf",
      isActive: true,
      jobDescription: JOB_DESCRIPTION,
    });
    expect(row.filename).toMatch(new RegExp(`^users/${user.id}/resumes/[0-9a-f-]+\\.pdf$`));
    expect(await storage().size(row.filename)).toBe(pdf.byteLength);
    expect(row.textContent).toContain("Migrated 40 services to k8s");

    const analysis = AnalysisSchema.parse(row.suggestions);
    expect(row.analysisScore).toBe(analysis.score.total);
    expect(analysis.length.pages).toBe(1);
    const keyword = (term: string) => analysis.match?.keywords.find((k) => k.term === term);
    expect(keyword("C++")).toEqual({ term: "C++", importance: "must", matched: true });
    expect(keyword("CI/CD")).toMatchObject({ importance: "must", matched: true });
    expect(keyword("Kubernetes")).toEqual({ term: "Kubernetes", importance: "must", matched: true, foundAs: "k8s" });
    expect(keyword("Machine learning")).toEqual({ term: "Machine learning", importance: "must", matched: false });
    expect(keyword("Kafka")).toEqual({ term: "Kafka", importance: "nice", matched: false });
    expect(analysis.suggestions[0]?.text).toMatch(/^Add “Machine learning”/);
    expect(analysis.aiReview).toBeUndefined();
  });

  it("numbers versions per user and keeps only the newest active", async () => {
    const user = await createUser();
    const other = await createUser();
    await uploadResume(other.id, { bytes: await resumePdf(), originalFilename: "other.pdf" });
    await uploadResume(user.id, { bytes: await resumePdf(), originalFilename: "v1.pdf" });
    await uploadResume(user.id, { bytes: await resumeDocx(), originalFilename: "v2.docx" });
    const { version } = await uploadResume(user.id, { bytes: await resumePdf(), originalFilename: "v3.pdf" });
    expect(version).toBe(3);
    expect(await rows(user.id)).toEqual([
      expect.objectContaining({ version: 1, isActive: false }),
      expect.objectContaining({ version: 2, isActive: false }),
      expect.objectContaining({ version: 3, isActive: true }),
    ]);
    expect(await rows(other.id)).toEqual([expect.objectContaining({ version: 1, isActive: true })]);
    expect((await listResumes(user.id)).map((v) => [v.version, v.originalFilename, v.fileType])).toEqual([
      [3, "v3.pdf", "pdf"],
      [2, "v2.docx", "docx"],
      [1, "v1.pdf", "pdf"],
    ]);
  });

  it("gives concurrent uploads distinct versions and one active", async () => {
    const user = await createUser();
    const pdf = await resumePdf();
    await Promise.all([1, 2, 3].map((n) => uploadResume(user.id, { bytes: pdf, originalFilename: `${n}.pdf` })));
    const stored = await rows(user.id);
    expect(stored.map((r) => r.version).sort()).toEqual([1, 2, 3]);
    expect(stored.filter((r) => r.isActive)).toHaveLength(1);
  });

  it.each([
    ["a PNG renamed .pdf", () => Promise.resolve(PNG_1PX)],
    ["a scanned PDF", scannedPdf],
  ])("stores nothing for %s", async (_name, make) => {
    const user = await createUser();
    await expect(uploadResume(user.id, { bytes: await make(), originalFilename: "resume.pdf" })).rejects.toBeInstanceOf(InvalidInputError);
    expect(await rows(user.id)).toEqual([]);
    expect(await filesOf(user.id)).toEqual([]);
  });

  it("deletes the stored file when the row cannot be written", async () => {
    const ghost = `ghost-${Date.now()}`;
    await expect(uploadResume(ghost, { bytes: await resumePdf(), originalFilename: "r.pdf" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await filesOf(ghost)).toEqual([]);
  });
});

describe("versions", () => {
  it("switches the active version in one step and refuses another user's version", async () => {
    const user = await createUser();
    const intruder = await createUser();
    const first = await uploadResume(user.id, { bytes: await resumePdf(), originalFilename: "a.pdf" });
    await uploadResume(user.id, { bytes: await resumePdf(), originalFilename: "b.pdf" });
    await setActiveResume(user.id, first.id);
    expect((await rows(user.id)).map((r) => r.isActive)).toEqual([true, false]);

    await expect(setActiveResume(intruder.id, first.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteResume(intruder.id, first.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(rematchResume(intruder.id, { id: first.id, jobDescription: JOB_DESCRIPTION })).rejects.toBeInstanceOf(NotFoundError);
    expect(await getResume(intruder.id, first.id)).toBeNull();
    expect((await rows(user.id)).map((r) => r.isActive)).toEqual([true, false]);
  });

  it("re-matches a version against a new job description from its saved text", async () => {
    const user = await createUser();
    const { id } = await uploadResume(user.id, { bytes: await resumeDocx(), originalFilename: "cv.docx" });
    const before = await getResume(user.id, id);
    expect(before?.analysis?.match).toBeNull();

    await rematchResume(user.id, { id, jobDescription: "Requirements:\n- Python and Redis\n- Terraform\nNice to have: Docker" });
    const after = await getResume(user.id, id);
    expect(after?.jobDescription).toMatch(/Terraform/);
    expect(after?.analysis?.match?.keywords).toEqual([
      { term: "Python", importance: "must", matched: true },
      { term: "Redis", importance: "must", matched: true },
      { term: "Terraform", importance: "must", matched: false },
      { term: "Docker", importance: "nice", matched: true },
    ]);
    expect(after?.analysisScore).toBe(after?.analysis?.score.total);
  });

  it("deletes a version with its file and makes the newest remaining one active", async () => {
    const user = await createUser();
    const first = await uploadResume(user.id, { bytes: await resumePdf(), originalFilename: "a.pdf" });
    const second = await uploadResume(user.id, { bytes: await resumePdf(), originalFilename: "b.pdf" });
    const key = (await db().resumeUpload.findUniqueOrThrow({ where: { id: second.id } })).filename;
    expect(canReadFile(user.id, key)).toBe(true);

    await deleteResume(user.id, second.id);
    expect(await storage().size(key)).toBeNull();
    expect(await rows(user.id)).toEqual([{ id: first.id, version: 1, isActive: true }]);
    await expect(deleteResume(user.id, second.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets only the owner read the stored file", async () => {
    const user = await createUser();
    const other = await createUser();
    const { id } = await uploadResume(user.id, { bytes: await resumePdf(), originalFilename: "a.pdf" });
    const key = (await getResume(user.id, id))!.filename;
    expect(canReadFile(user.id, key)).toBe(true);
    expect(canReadFile(other.id, key)).toBe(false);
  });
});
