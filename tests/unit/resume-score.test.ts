import { describe, expect, it } from "vitest";
import { analyzeResume } from "@/lib/resume/analyze";
import { actionVerbOf, weakOpeningOf } from "@/lib/resume/verbs";
import { dateStyles, isQuantified } from "@/lib/resume/content";
import { WEIGHTS, totalScore } from "@/lib/resume/score";
import { AnalysisSchema } from "@/lib/resume/schema";

const filler = (n: number) => Array.from({ length: n }, () => "lorem").join(" ");

/** A resume of the given bullets under Experience, padded to a normal length. */
function resume(bullets: string[], extra: string[] = []) {
  return [
    "Alex Kim",
    "alex@example.com | +1 555 010 0100",
    "Summary",
    `Engineer. ${filler(220)}`,
    "Experience",
    "Engineer, Acme | Jan 2020 - Present",
    ...bullets.map((b) => `• ${b}`),
    "Education",
    "BSc Computer Science | Sep 2015 - Jun 2019",
    "Skills",
    "Python, SQL, Docker",
    ...extra,
  ].join("\n");
}

describe("action verbs", () => {
  it.each([
    ["Built", "built"],
    ["Led", "led"],
    ["Build", "built"],
    ["Leads", "led"],
    ["Design", "designed"],
    ["Optimise", "optimised"],
    ["Ship", "shipped"],
    ["Simplify", "simplified"],
  ])("%s opens with a strong verb", (word, verb) => {
    expect(actionVerbOf(word)).toBe(verb);
  });

  it.each(["The", "Various", "Team", "Helped", "Responsible"])("%s is not a strong verb", (word) => {
    expect(actionVerbOf(word)).toBeNull();
  });

  it("recognises weak openings and offers power verbs", () => {
    expect(weakOpeningOf("Responsible for the billing service")).toEqual({ phrase: "responsible for", instead: ["Led", "Owned", "Managed"] });
    expect(weakOpeningOf("Worked on tooling")?.instead).toContain("Built");
    expect(weakOpeningOf("Built tooling")).toBeNull();
  });
});

describe("quantified results", () => {
  it.each(["Cut costs by 30%", "Saved $120k a year", "Served 2M users", "Led a team of 5", "Doubled sign-ups"])("%j has a number", (text) => {
    expect(isQuantified(text)).toBe(true);
  });
  it.each(["Improved the checkout", "Joined in 2019 and left in 2021"])("%j has none", (text) => {
    expect(isQuantified(text)).toBe(false);
  });
});

describe("date styles", () => {
  it("sees one style as consistent and mixed styles as two", () => {
    expect(dateStyles("Jan 2020 - Mar 2022\nFeb 2018 - Dec 2019")).toHaveLength(1);
    expect(dateStyles("Jan 2020 - Present\n03/2018 - 12/2019").map((s) => s.label)).toEqual(["Jan 2020", "01/2020"]);
    expect(dateStyles("January 2020 - Present\n2016 - 2019").map((s) => s.label)).toEqual(["January 2020", "2019 – 2021"]);
  });
});

describe("analyzeResume", () => {
  it("scores every part out of its weight, and the parts with a job description add up to 100", () => {
    const analysis = analyzeResume({
      text: resume(["Built a Python ETL serving 3M rows a day", "Responsible for the SQL reports", "Reduced Docker build time by 40%"]),
      pages: 1,
      jobDescription: "Requirements:\n- Python and SQL\n- Kubernetes\nNice to have:\n- Airflow",
    });
    expect(AnalysisSchema.parse(analysis)).toEqual(analysis);
    const parts = Object.fromEntries(analysis.score.parts.map((p) => [p.key, p]));
    expect(analysis.score.parts.reduce((sum, p) => sum + p.max, 0)).toBe(100);
    expect(parts.must_have).toMatchObject({ points: 26.7, max: WEIGHTS.must_have, detail: "2 of 3 found × 40 points.", applicable: true });
    expect(parts.nice_to_have).toMatchObject({ points: 0, max: 15 });
    expect(parts.sections).toMatchObject({ points: 14, max: 15 }); // no Projects
    expect(parts.action_verbs).toMatchObject({ points: 6.7 }); // 2 of 3
    expect(parts.quantified).toMatchObject({ points: 10 }); // 2 of 3 ≥ half
    expect(parts.formatting).toMatchObject({ points: 10 });
    expect(analysis.score.total).toBe(Math.round(26.7 + 0 + 14 + 6.7 + 10 + 10));
  });

  it("without a job description leaves the keyword parts out and scales the rest to 100", () => {
    const analysis = analyzeResume({ text: resume(["Built a Python ETL serving 3M rows a day"]), pages: 1 });
    expect(analysis.match).toBeNull();
    expect(analysis.score.parts.filter((p) => !p.applicable).map((p) => p.key)).toEqual(["must_have", "nice_to_have"]);
    // 14 (sections) + 10 (verbs) + 10 (numbers) + 10 (formatting) of 45.
    expect(analysis.score.total).toBe(Math.round((100 * 44) / 45));
    expect(totalScore(analysis.score.parts)).toBe(analysis.score.total);
  });

  it("says so when the job description names nothing to match", () => {
    const analysis = analyzeResume({ text: resume(["Built 3 apps"]), pages: 1, jobDescription: "We are a great team looking for passionate people." });
    expect(analysis.match).toMatchObject({ keywords: [], note: expect.stringMatching(/nothing to match/) });
    expect(analysis.score.parts.find((p) => p.key === "must_have")?.applicable).toBe(false);
  });

  it("lists missing must-haves first, then weak verbs, then bullets without numbers", () => {
    const analysis = analyzeResume({
      text: resume(["Responsible for the reporting service", "Built the deployment tooling"]),
      pages: 1,
      jobDescription: "Required: Kubernetes and Terraform. Bonus: Kafka",
    });
    expect(analysis.suggestions.map((s) => s.kind)).toEqual(["missing_must", "missing_must", "missing_nice", "weak_verb", "unquantified", "unquantified"]);
    expect(analysis.suggestions[0]?.text).toMatch(/^Add “Kubernetes”/);
    expect(analysis.suggestions[3]?.text).toMatch(/replace “responsible for” with a power verb such as Led, Owned or Managed/);
  });

  it("flags formatting problems with examples", () => {
    const long = `Built ${filler(40)}`;
    const analysis = analyzeResume({
      text: resume(["I built the billing system for my team", long], ["Other", "Worked there 03/2014 - 05/2015"]),
      pages: 3,
    });
    const codes = analysis.issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(["long_bullets", "first_person", "inconsistent_dates", "too_long", "no_numbers"]));
    expect(analysis.issues.find((i) => i.code === "first_person")?.examples[0]).toMatch(/I built the billing system/);
    const formatting = analysis.score.parts.find((p) => p.key === "formatting");
    expect(formatting).toMatchObject({ points: 10 - 2 - 2 - 2 - 2 });
  });

  it("flags a resume without bullets, too short and missing sections", () => {
    const analysis = analyzeResume({ text: "Sam\nI am a developer who likes building web things for people.", pages: 1 });
    expect(analysis.issues.map((i) => i.code)).toEqual(["no_bullets", "missing_sections", "first_person", "too_short", "no_numbers"]);
    expect(analysis.issues[1]?.message).toBe("Missing sections: Contact details, Experience, Education, Skills.");
    expect(analysis.sections.summary.found).toBe(false);
  });
});
