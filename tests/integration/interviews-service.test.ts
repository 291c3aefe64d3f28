import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { InterviewSchema, type InterviewInput } from "@/lib/interviews/schema";
import { createInterview, deleteInterview, updateInterview } from "@/lib/interviews/service";
import { getInterview } from "@/lib/interviews/queries";
import { createUser } from "../factories";

function values(overrides: Partial<InterviewInput> = {}) {
  return InterviewSchema.parse({
    company: "Acme Widgets",
    position: "Backend engineer",
    date: "2026-05-20",
    time: "14:00",
    tzOffset: "0",
    status: "upcoming",
    ...overrides,
  });
}

async function rowOf(id: string) {
  return db().interview.findUniqueOrThrow({ where: { id } });
}

describe("creating interviews", () => {
  it("stores the instant the browser's wall time names, and the optional fields", async () => {
    const user = await createUser();
    const { id } = await createInterview(
      user.id,
      values({
        date: "2026-05-20",
        time: "14:00",
        tzOffset: "-120",
        level: "senior",
        performance: "3",
        notes: "Ask about on-call",
      }),
    );
    const row = await rowOf(id);
    expect(row).toMatchObject({
      userId: user.id,
      company: "Acme Widgets",
      position: "Backend engineer",
      status: "upcoming",
      level: "senior",
      performance: 3,
      notes: "Ask about on-call",
      companySlug: null,
    });
    expect(row.date.toISOString()).toBe("2026-05-20T12:00:00.000Z");
  });

  it("links a seeded company profile by name, ignoring case, and uses its spelling", async () => {
    const user = await createUser();
    const { id } = await createInterview(user.id, values({ company: "  gOOgle " }));
    expect(await rowOf(id)).toMatchObject({ company: "Google", companySlug: "google" });
    const detail = await getInterview(user.id, id);
    expect(detail?.companyProfile?.focusAreas.length).toBeGreaterThan(0);
  });

  it("stores an upcoming interview dated in the past (it is only flagged)", async () => {
    const user = await createUser();
    const { id } = await createInterview(user.id, values({ date: "2020-01-01" }));
    expect((await rowOf(id)).date.toISOString()).toBe("2020-01-01T14:00:00.000Z");
  });
});

describe("updating interviews", () => {
  it("replaces the fields, relinks the company and clears what was emptied", async () => {
    const user = await createUser();
    const { id } = await createInterview(
      user.id,
      values({ company: "Stripe", performance: "2", notes: "first notes" }),
    );
    expect((await rowOf(id)).companySlug).toBe("stripe");
    await updateInterview(
      user.id,
      id,
      values({ company: "Tiny Startup", status: "completed", performance: "4", notes: "" }),
    );
    expect(await rowOf(id)).toMatchObject({
      company: "Tiny Startup",
      companySlug: null,
      status: "completed",
      performance: 4,
      notes: null,
    });
  });

  it("gives another user NotFoundError and leaves the row unchanged", async () => {
    const owner = await createUser();
    const intruder = await createUser();
    const { id } = await createInterview(owner.id, values({ notes: "mine" }));
    const before = await rowOf(id);
    await expect(
      updateInterview(intruder.id, id, values({ company: "Hijacked", status: "rejected" })),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await rowOf(id)).toEqual(before);
    expect(await getInterview(intruder.id, id)).toBeNull();
  });

  it("gives NotFoundError for an id that does not exist", async () => {
    const user = await createUser();
    await expect(updateInterview(user.id, "does-not-exist", values())).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("deleting interviews", () => {
  it("deletes the interview and the questions logged from it", async () => {
    const user = await createUser();
    const { id } = await createInterview(user.id, values());
    await db().interviewQuestion.create({ data: { userId: user.id, interviewId: id, text: "Why us?" } });
    await deleteInterview(user.id, id);
    expect(await db().interview.count({ where: { id } })).toBe(0);
    expect(await db().interviewQuestion.count({ where: { interviewId: id } })).toBe(0);
  });

  it("never touches another user's interview", async () => {
    const owner = await createUser();
    const intruder = await createUser();
    const { id } = await createInterview(owner.id, values());
    const { id: own } = await createInterview(intruder.id, values());
    await expect(deleteInterview(intruder.id, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().interview.count({ where: { id } })).toBe(1);
    expect(await db().interview.count({ where: { id: own } })).toBe(1);
    await expect(deleteInterview(intruder.id, "missing")).rejects.toBeInstanceOf(NotFoundError);
  });
});
