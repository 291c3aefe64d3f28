import { describe, expect, it } from "vitest";
import { getGuide, listRelatedGuides, searchGuides } from "@/lib/resources/queries";
import { GuideFilterSchema } from "@/lib/resources/schema";

// Guides are seeded reference data (prisma/data/guides), read-only here, so these
// tests share them safely with files running in parallel.

const search = (params: Record<string, string>) => searchGuides(GuideFilterSchema.parse(params));
const slugs = async (params: Record<string, string>) => (await search(params)).map((guide) => guide.slug);

describe("searchGuides", () => {
  it("without a query lists every guide, beginner ones first, each with what a card shows", async () => {
    const guides = await search({});
    expect(guides).toHaveLength(14);
    const levels = guides.map((guide) => guide.level);
    expect(levels.indexOf("intermediate")).toBe(levels.lastIndexOf("beginner") + 1);
    expect(guides.find((guide) => guide.slug === "star-method")).toEqual({
      slug: "star-method",
      title: "The STAR Method for Behavioural Answers",
      topic: "behavioral",
      level: "beginner",
      summary: expect.stringContaining("Situation, Task, Action, and Result"),
      readingMinutes: 6,
    });
  });

  it("ranks the guide with the word in its title first, whatever the case", async () => {
    const upper = await slugs({ q: "STAR" });
    expect(upper[0]).toBe("star-method");
    expect(await slugs({ q: "star" })).toEqual(upper);
    // Other guides mention STAR in their text and still match, below it.
    expect(upper).toContain("behavioral-story-bank");
  });

  it("finds words in the body only, not just titles and summaries", async () => {
    expect(await slugs({ q: "hasPairWithSum" })).toEqual(["dsa-patterns"]);
  });

  it("matches other forms of a word (full-text stemming)", async () => {
    expect(await slugs({ q: "negotiating" })).toContain("salary-negotiation");
  });

  it("finds a half-typed word in a title", async () => {
    expect(await slugs({ q: "negot" })).toEqual(["salary-negotiation"]);
  });

  it("filters by topic, and by topic and level together", async () => {
    expect(await slugs({ topic: "system_design" })).toEqual(["scaling-and-caching", "system-design-basics"]);
    expect(await slugs({ topic: "communication", level: "beginner" })).toEqual(["remote-video-interview-presence"]);
    const career = await search({ topic: "career", level: "beginner" });
    expect(career).toHaveLength(4);
    expect(career.every((guide) => guide.topic === "career" && guide.level === "beginner")).toBe(true);
  });

  it("combines the query with the filters", async () => {
    expect(await slugs({ q: "STAR", topic: "behavioral" })).toEqual(["star-method", "behavioral-story-bank"]);
    expect(await slugs({ q: "STAR", topic: "system_design", level: "beginner" })).toEqual([]);
  });

  it("returns nothing for words no guide has, and treats % and _ as plain characters", async () => {
    expect(await slugs({ q: "zyxwvut" })).toEqual([]);
    expect(await slugs({ q: "%" })).toEqual([]);
    expect(await slugs({ q: "_" })).toEqual([]);
  });

  it("ignores unknown filter values instead of failing", async () => {
    expect(await search({ topic: "cooking", level: "expert", q: "   " })).toHaveLength(14);
  });
});

describe("getGuide", () => {
  it("returns the full guide with its Markdown body", async () => {
    const guide = await getGuide("system-design-basics");
    expect(guide?.title).toBe("System Design Interview Basics");
    expect(guide?.body).toMatch(/^## /m);
  });

  it("returns null for an unknown or malformed slug", async () => {
    expect(await getGuide("no-such-guide")).toBeNull();
    expect(await getGuide("../star-method")).toBeNull();
    expect(await getGuide("STAR-METHOD")).toBeNull();
  });
});

describe("listRelatedGuides", () => {
  it("lists other guides on the same topic, never the guide itself", async () => {
    const related = await listRelatedGuides({ slug: "handling-nerves-and-difficult-questions", topic: "communication" });
    expect(related.map((guide) => guide.slug)).toEqual(["coding-interview-communication", "remote-video-interview-presence"]);
  });

  it("is empty when the guide is the only one on its topic", async () => {
    expect(await listRelatedGuides({ slug: "salary-negotiation", topic: "negotiation" })).toEqual([]);
  });
});
