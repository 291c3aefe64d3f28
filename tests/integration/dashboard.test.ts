import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDashboardSummary } from "@/lib/dashboard/queries";
import { createUser } from "../factories";

describe("getDashboardSummary", () => {
  it("counts only the given user's rows", async () => {
    const me = await createUser();
    const other = await createUser();
    const tomorrow = new Date(Date.now() + 86_400_000);
    await db().interview.createMany({
      data: [
        { userId: me.id, company: "Acme", position: "Dev", date: tomorrow },
        { userId: me.id, company: "Past", position: "Dev", date: new Date(Date.now() - 86_400_000) },
        { userId: other.id, company: "Other", position: "Dev", date: tomorrow },
      ],
    });
    const session = await db().aiInterviewSession.create({ data: { userId: me.id, position: "Dev" }, select: { id: true } });
    await db().sessionAnswer.createMany({
      data: [
        { userId: me.id, aiSessionId: session.id, position: 1, questionText: "Q1", questionType: "technical", answerText: "A", score: 6 },
        { userId: me.id, aiSessionId: session.id, position: 2, questionText: "Q2", questionType: "technical", answerText: "B", score: 9 },
        { userId: me.id, aiSessionId: session.id, position: 3, questionText: "Q3", questionType: "technical" },
      ],
    });
    const summary = await getDashboardSummary(me.id);
    expect(summary).toMatchObject({ upcomingInterviews: 1, aiSessions: 1, answers: 2, averageScore: 7.5, dsaSolved: 0 });
    const theirs = await getDashboardSummary(other.id);
    expect(theirs).toMatchObject({ upcomingInterviews: 1, aiSessions: 0, answers: 0, averageScore: null });
  });
});
