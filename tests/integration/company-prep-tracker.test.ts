import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { saveNotes, setTopic } from "@/lib/company-prep/service";
import { getCompanyPrep, getCompanyPrepOverview, listCompaniesForPicker } from "@/lib/company-prep/queries";
import { PrepTopicsSchema } from "@/lib/companies/schema";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { createUser } from "../factories";

async function topicsOf(slug: string) {
  const company = await db().companyProfile.findUniqueOrThrow({ where: { slug }, select: { prepTopics: true } });
  return PrepTopicsSchema.parse(company.prepTopics);
}

async function rowOf(userId: string, companySlug: string, prepType: "behavioral" | "technical" | "system_design" | "culture") {
  return db().companyPrepSession.findFirst({ where: { userId, companySlug, prepType } });
}

describe("company prep checklist", () => {
  it("stores checked topics with the recomputed progress, and completes at 100%", async () => {
    const user = await createUser();
    const { behavioral } = await topicsOf("google");
    expect(behavioral).toHaveLength(5);

    const first = await setTopic(user.id, { slug: "google", prepType: "behavioral", topic: behavioral[2]!, checked: true });
    expect(first).toEqual({ covered: [behavioral[2]], progressPercentage: 20, completed: false });
    await setTopic(user.id, { slug: "google", prepType: "behavioral", topic: behavioral[0]!, checked: true });
    let row = await rowOf(user.id, "google", "behavioral");
    expect(row).toMatchObject({ companyName: "Google", topicsCovered: [behavioral[0], behavioral[2]], progressPercentage: 40, completed: false });

    for (const topic of behavioral) await setTopic(user.id, { slug: "google", prepType: "behavioral", topic, checked: true });
    row = await rowOf(user.id, "google", "behavioral");
    expect(row).toMatchObject({ topicsCovered: behavioral, progressPercentage: 100, completed: true });

    await setTopic(user.id, { slug: "google", prepType: "behavioral", topic: behavioral[4]!, checked: false });
    row = await rowOf(user.id, "google", "behavioral");
    expect(row).toMatchObject({ topicsCovered: behavioral.slice(0, 4), progressPercentage: 80, completed: false });
    expect(await db().companyPrepSession.count({ where: { userId: user.id } })).toBe(1);
  });

  it("checking a topic twice changes nothing", async () => {
    const user = await createUser();
    const { culture } = await topicsOf("stripe");
    await setTopic(user.id, { slug: "stripe", prepType: "culture", topic: culture[1]!, checked: true });
    await setTopic(user.id, { slug: "stripe", prepType: "culture", topic: culture[1]!, checked: true });
    expect(await rowOf(user.id, "stripe", "culture")).toMatchObject({ topicsCovered: [culture[1]], progressPercentage: 25 });
  });

  it("refuses a topic from another checklist or company with a field error, storing nothing", async () => {
    const user = await createUser();
    const google = await topicsOf("google");
    const amazon = await topicsOf("amazon");
    const attempts = [
      { slug: "google", prepType: "behavioral" as const, topic: "Invented topic", checked: true },
      { slug: "google", prepType: "behavioral" as const, topic: google.technical[0]!, checked: true },
      { slug: "google", prepType: "behavioral" as const, topic: amazon.behavioral[0]!, checked: true },
    ];
    for (const attempt of attempts) {
      const error = await setTopic(user.id, attempt).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).fieldErrors.topic).toEqual(["That topic is not on this checklist"]);
    }
    expect(await db().companyPrepSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("answers an unknown company with NotFoundError", async () => {
    const user = await createUser();
    await expect(setTopic(user.id, { slug: "no-such-company", prepType: "culture", topic: "x", checked: true })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveNotes(user.id, { slug: "no-such-company", prepType: "culture", notes: "x" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await getCompanyPrep(user.id, "no-such-company")).toBeNull();
  });

  it("keeps every one of several concurrent toggles, also when the row does not exist yet", async () => {
    const user = await createUser();
    const { technical } = await topicsOf("microsoft");
    expect(technical).toHaveLength(6);
    await Promise.all(technical.slice(0, 4).map((topic) => setTopic(user.id, { slug: "microsoft", prepType: "technical", topic, checked: true })));
    let row = await rowOf(user.id, "microsoft", "technical");
    expect(row?.topicsCovered).toEqual(technical.slice(0, 4));
    expect(row?.progressPercentage).toBeCloseTo((4 / 6) * 100, 10);

    // Two quick toggles of different topics on an existing row: one unchecks, one checks.
    await Promise.all([
      setTopic(user.id, { slug: "microsoft", prepType: "technical", topic: technical[0]!, checked: false }),
      setTopic(user.id, { slug: "microsoft", prepType: "technical", topic: technical[5]!, checked: true }),
    ]);
    row = await rowOf(user.id, "microsoft", "technical");
    expect(row?.topicsCovered).toEqual([technical[1], technical[2], technical[3], technical[5]]);
    expect(row?.progressPercentage).toBeCloseTo((4 / 6) * 100, 10);
    expect(await db().companyPrepSession.count({ where: { userId: user.id } })).toBe(1);
  });

  it("saves notes per type without touching progress, and clears them when blank", async () => {
    const user = await createUser();
    const { system_design } = await topicsOf("netflix");
    await setTopic(user.id, { slug: "netflix", prepType: "system_design", topic: system_design[0]!, checked: true });
    await saveNotes(user.id, { slug: "netflix", prepType: "system_design", notes: "Read the CDN blog posts" });
    await saveNotes(user.id, { slug: "netflix", prepType: "culture", notes: "Keeper test" });
    expect(await rowOf(user.id, "netflix", "system_design")).toMatchObject({ notes: "Read the CDN blog posts", progressPercentage: 20 });
    expect(await rowOf(user.id, "netflix", "culture")).toMatchObject({ notes: "Keeper test", progressPercentage: 0, topicsCovered: [] });
    await saveNotes(user.id, { slug: "netflix", prepType: "culture", notes: null });
    expect((await rowOf(user.id, "netflix", "culture"))?.notes).toBeNull();
  });

  it("never reads or writes another user's rows", async () => {
    const owner = await createUser();
    const other = await createUser();
    const { behavioral } = await topicsOf("apple");
    await setTopic(owner.id, { slug: "apple", prepType: "behavioral", topic: behavioral[0]!, checked: true });
    await saveNotes(owner.id, { slug: "apple", prepType: "behavioral", notes: "owner's private notes" });
    const before = await rowOf(owner.id, "apple", "behavioral");

    const view = await getCompanyPrep(other.id, "apple");
    expect(view?.started).toBe(false);
    expect(view?.types.find((t) => t.type === "behavioral")).toMatchObject({ covered: [], percentage: 0, notes: null });
    expect(await getCompanyPrepOverview(other.id)).toEqual([]);

    await setTopic(other.id, { slug: "apple", prepType: "behavioral", topic: behavioral[1]!, checked: true });
    await setTopic(other.id, { slug: "apple", prepType: "behavioral", topic: behavioral[0]!, checked: false });
    await saveNotes(other.id, { slug: "apple", prepType: "behavioral", notes: "mine" });

    expect(await rowOf(owner.id, "apple", "behavioral")).toEqual(before);
    expect(await rowOf(other.id, "apple", "behavioral")).toMatchObject({ topicsCovered: [behavioral[1]], notes: "mine" });
    const ownerView = await getCompanyPrep(owner.id, "apple");
    expect(ownerView?.types.find((t) => t.type === "behavioral")).toMatchObject({ covered: [behavioral[0]], notes: "owner's private notes" });
  });

  it("reports overall progress per company as the average of the four types, most recent first", async () => {
    const user = await createUser();
    const amazon = await topicsOf("amazon"); // behavioral 6, technical 5, system design 5, culture 4
    const spotify = await topicsOf("spotify");

    // Amazon: 3/6 behavioural (50%), 4/4 culture (100%), others untouched → (50 + 100) / 4 = 37.5
    for (const topic of amazon.behavioral.slice(0, 3)) await setTopic(user.id, { slug: "amazon", prepType: "behavioral", topic, checked: true }, new Date("2026-03-01T10:00:00Z"));
    for (const topic of amazon.culture) await setTopic(user.id, { slug: "amazon", prepType: "culture", topic, checked: true }, new Date("2026-03-02T10:00:00Z"));
    // Spotify: 1/5 technical (20%) → 5; touched later than Amazon.
    await setTopic(user.id, { slug: "spotify", prepType: "technical", topic: spotify.technical[0]!, checked: true }, new Date("2026-03-05T09:00:00Z"));
    // Notes alone start a company at 0%.
    await saveNotes(user.id, { slug: "adobe", prepType: "culture", notes: "look up values" }, new Date("2026-02-01T00:00:00Z"));

    expect(await getCompanyPrepOverview(user.id)).toEqual([
      { slug: "spotify", name: "Spotify", progress: 5, updatedAt: new Date("2026-03-05T09:00:00Z") },
      { slug: "amazon", name: "Amazon", progress: 37.5, updatedAt: new Date("2026-03-02T10:00:00Z") },
      { slug: "adobe", name: "Adobe", progress: 0, updatedAt: new Date("2026-02-01T00:00:00Z") },
    ]);

    const detail = await getCompanyPrep(user.id, "amazon");
    expect(detail?.overall).toBe(37.5);

    const picker = await listCompaniesForPicker(user.id);
    expect(picker.preparing.map((c) => [c.slug, c.progress])).toEqual([
      ["spotify", 5],
      ["amazon", 37.5],
      ["adobe", 0],
    ]);
    expect(picker.preparing[1]).toMatchObject({ industry: "E-commerce and Cloud Computing" });
    expect(picker.others).toHaveLength(27);
    expect(picker.others.some((c) => ["spotify", "amazon", "adobe"].includes(c.slug))).toBe(false);
  });

  it("rounds a third to one decimal and reaches 100 only when every type is complete", async () => {
    const user = await createUser();
    const topics = await topicsOf("meta"); // technical has 6 topics
    await setTopic(user.id, { slug: "meta", prepType: "technical", topic: topics.technical[0]!, checked: true });
    expect((await getCompanyPrepOverview(user.id))[0]?.progress).toBe(4.2); // (100/6) / 4
    for (const type of ["behavioral", "technical", "system_design", "culture"] as const) {
      for (const topic of topics[type]) await setTopic(user.id, { slug: "meta", prepType: type, topic, checked: true });
    }
    expect((await getCompanyPrepOverview(user.id))[0]?.progress).toBe(100);
    expect(await db().companyPrepSession.count({ where: { userId: user.id, completed: true } })).toBe(4);
  });
});
