import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listInterviews } from "@/lib/interviews/queries";
import { ListParamsSchema } from "@/lib/interviews/schema";
import { createUser } from "../factories";

type Seeded = { company: string; date: string; status: "upcoming" | "completed" | "offer" | "rejected" | "withdrawn" };

// Created in this order, one second apart, so "recently added" is the reverse.
const SEEDED: Seeded[] = [
  { company: "zeta labs", date: "2026-04-01T10:00:00Z", status: "upcoming" },
  { company: "Acme", date: "2026-01-15T10:00:00Z", status: "completed" },
  { company: "beta corp", date: "2026-06-01T10:00:00Z", status: "upcoming" },
  { company: "Delta", date: "2025-12-01T10:00:00Z", status: "rejected" },
  { company: "acme", date: "2026-02-01T10:00:00Z", status: "offer" },
];

let userId: string;

beforeAll(async () => {
  const user = await createUser();
  userId = user.id;
  const base = Date.parse("2026-01-01T00:00:00Z");
  await db().interview.createMany({
    data: SEEDED.map((row, index) => ({
      userId,
      company: row.company,
      position: "Engineer",
      date: new Date(row.date),
      status: row.status,
      createdAt: new Date(base + index * 1000),
    })),
  });
  // Another user's rows must never show up.
  const other = await createUser();
  await db().interview.create({
    data: { userId: other.id, company: "Aardvark", position: "Spy", date: new Date(), status: "upcoming" },
  });
});

const list = (params: Record<string, string>, pageSize?: number) =>
  listInterviews(userId, ListParamsSchema.parse(params), pageSize);
const companies = (items: { company: string }[]) => items.map((i) => i.company);

describe("listInterviews", () => {
  it("shows only the user's interviews, latest date first by default", async () => {
    const result = await list({});
    expect(result.total).toBe(5);
    expect(companies(result.items)).toEqual(["beta corp", "zeta labs", "acme", "Acme", "Delta"]);
  });

  it("sorts by date ascending, by company ignoring case, and by when they were added", async () => {
    expect(companies((await list({ sort: "date-asc" })).items)).toEqual([
      "Delta",
      "Acme",
      "acme",
      "zeta labs",
      "beta corp",
    ]);
    // Same name in two cases: the later date first.
    expect(companies((await list({ sort: "company" })).items)).toEqual([
      "acme",
      "Acme",
      "beta corp",
      "Delta",
      "zeta labs",
    ]);
    expect(companies((await list({ sort: "created" })).items)).toEqual([
      "acme",
      "Delta",
      "beta corp",
      "Acme",
      "zeta labs",
    ]);
  });

  it("filters by status, also together with the company sort", async () => {
    const upcoming = await list({ status: "upcoming" });
    expect(upcoming.total).toBe(2);
    expect(companies(upcoming.items)).toEqual(["beta corp", "zeta labs"]);
    expect(companies((await list({ status: "upcoming", sort: "company" })).items)).toEqual(["beta corp", "zeta labs"]);
    expect((await list({ status: "withdrawn" })).items).toEqual([]);
  });

  it("pages through the list and clamps a page past the end to the last one", async () => {
    const first = await list({ sort: "date-asc" }, 2);
    expect(first).toMatchObject({ total: 5, page: 1, pageCount: 3 });
    expect(companies(first.items)).toEqual(["Delta", "Acme"]);
    expect(companies((await list({ sort: "date-asc", page: "2" }, 2)).items)).toEqual(["acme", "zeta labs"]);
    const beyond = await list({ sort: "date-asc", page: "9" }, 2);
    expect(beyond.page).toBe(3);
    expect(companies(beyond.items)).toEqual(["beta corp"]);
    expect(companies((await list({ sort: "company", page: "2" }, 2)).items)).toEqual(["beta corp", "Delta"]);
  });

  it("gives 10 per page by default", async () => {
    const user = await createUser();
    await db().interview.createMany({
      data: Array.from({ length: 23 }, (_, i) => ({
        userId: user.id,
        company: `Co ${i}`,
        position: "Dev",
        date: new Date(Date.UTC(2026, 0, i + 1)),
      })),
    });
    const page3 = await listInterviews(user.id, ListParamsSchema.parse({ page: "3" }));
    expect(page3).toMatchObject({ total: 23, page: 3, pageCount: 3, pageSize: 10 });
    expect(page3.items).toHaveLength(3);
  });
});
