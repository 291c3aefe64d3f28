import { describe, expect, it } from "vitest";
import { db, pool } from "@/lib/db";
import { seed } from "../../prisma/seed";
import { createUser } from "../factories";

describe("reference data", () => {
  it("seeds idempotently: a second run adds no rows", async () => {
    await seed(db());
    const before = await db().question.count();
    const counts = await seed(db());
    expect(await db().question.count()).toBe(before);
    expect(counts.questions).toBe(before);
    expect(await db().dsaProblem.count()).toBe(counts.dsaProblems);
  });
});

describe("data model", () => {
  it("deletes every row of a user's practice data with the user", async () => {
    const user = await createUser();
    const session = await db().interviewSession.create({
      data: { userId: user.id, kind: "avatar", role: "Backend engineer", recording: { create: {} } },
      select: { id: true },
    });
    await db().sessionAnswer.create({
      data: { userId: user.id, sessionId: session.id, position: 1, questionText: "Why?", questionType: "behavioral" },
    });
    await db().interview.create({ data: { userId: user.id, company: "Acme", position: "SRE", date: new Date() } });
    await db().user.delete({ where: { id: user.id } });
    expect(await db().sessionAnswer.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().interview.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().interviewSession.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().sessionRecording.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("refuses an answer that belongs to no session", async () => {
    const user = await createUser();
    await expect(
      db().$executeRawUnsafe(
        `INSERT INTO session_answer (id, user_id, position, question_text, question_type) VALUES ('orphan-' || md5(random()::text), $1, 1, 'Orphan?', 'technical')`,
        user.id,
      ),
    ).rejects.toThrow(/session_id|null value/);
  });

  it("has a (user_id, created_at) index on every table dashboards read by time", async () => {
    const tables = [
      "interview",
      "interview_session",
      "session_answer",
      "face_analysis_sample",
      "dsa_practice_session",
      "english_booster_session",
      "company_prep_session",
    ];
    const { rows } = await pool().query<{ tablename: string; indexdef: string }>(
      "SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'",
    );
    for (const table of tables) {
      const found = rows.some((row) => row.tablename === table && /\(user_id, created_at\)/.test(row.indexdef));
      expect(found, `${table} lacks a (user_id, created_at) index`).toBe(true);
    }
  });
});
