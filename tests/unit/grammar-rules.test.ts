import { describe, expect, it } from "vitest";
import { checkRules, RULES, withoutOverlaps } from "@/lib/english/rules";
import { ingOf, participleOf, pastOf, thirdPersonOf } from "@/lib/english/rules/inflect";
import type { Rule } from "@/lib/english/rules/issue";
import { tagSentences } from "@/lib/english/rules/tagger";
import type { GrammarIssue } from "@/lib/english/schema";
import { categoryLabel } from "@/lib/english/labels";

// Each rule on its own, over the real tagger: what it flags (as text.slice(start, end)), the
// message a learner reads, the replacements offered, and sentences it must leave alone.

type Seen = { flagged: string; suggestions: string[]; category: string; message: string };

function run(rule: Rule, text: string): Seen[] {
  return tagSentences(text)
    .flatMap((sentence) => rule(sentence))
    .map((issue: GrammarIssue) => ({
      flagged: text.slice(issue.start, issue.end),
      suggestions: issue.suggestions,
      category: issue.category,
      message: issue.message,
    }));
}

function only(rule: Rule, text: string): Seen {
  const seen = run(rule, text);
  expect(seen, JSON.stringify(seen)).toHaveLength(1);
  return seen[0] as Seen;
}

describe("tagger", () => {
  it("gives UTF-16 offsets into the original text, emoji and contractions included", () => {
    const text = "😀 Café: I didn't  went there. 👩‍👩‍👧 She can speaks.";
    const tokens = tagSentences(text).flat();
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.find((t) => t.text === "went")?.lemma).toBe("go");
    expect(tagSentences(text)).toHaveLength(2);
  });
});

describe("subject–verb agreement", () => {
  const rule = RULES.subjectVerbAgreement as Rule;

  it("adds -s after he/she/it and singular noun subjects", () => {
    expect(only(rule, "He work in the finance team.")).toEqual({
      flagged: "work",
      suggestions: ["works"],
      category: "agreement",
      message: "With the singular subject “He”, the verb takes -s: “works”.",
    });
    expect(only(rule, "She have three years of experience.").suggestions).toEqual(["has"]);
    expect(only(rule, "My manager want a weekly report.").message).toContain("“My manager”");
    expect(only(rule, "He always arrive early.").flagged).toBe("arrive");
  });

  it("fixes don't and were after singular subjects", () => {
    expect(only(rule, "My manager don't like surprises.")).toMatchObject({
      flagged: "don't",
      suggestions: ["doesn't"],
    });
    expect(only(rule, "Everyone were happy.")).toMatchObject({ flagged: "were", suggestions: ["was"] });
  });

  it.each([
    "He and I work here.",
    "The people work here.",
    "They made it work in the end.",
    "She helped him find a new role.",
    "Does he work here?",
    "The team need more time.",
    "Yesterday he read the report.",
  ])("leaves “%s” alone", (text) => expect(run(rule, text)).toEqual([]));
});

describe("a/an", () => {
  const rule = RULES.indefiniteArticle as Rule;

  it("goes by sound, keeping a capital", () => {
    expect(only(rule, "It was a amazing experience.")).toEqual({
      flagged: "a",
      suggestions: ["an"],
      category: "miscellaneous",
      message: "“amazing” starts with a vowel sound, so use “an”.",
    });
    expect(only(rule, "An university offered me a place.")).toMatchObject({ flagged: "An", suggestions: ["A"] });
    expect(only(rule, "I waited for a hour.").suggestions).toEqual(["an"]);
    expect(only(rule, "I have a MBA.").suggestions).toEqual(["an"]);
    expect(only(rule, "We hired an European agency.").suggestions).toEqual(["a"]);
  });

  it.each([
    "I waited for an hour.",
    "She studied at a university.",
    "It was a one-time fix.",
    "I have an MBA.",
    "We bought a USB cable and an umbrella.",
    "It was an historic day.",
    "Plan A is cheaper.",
  ])("leaves “%s” alone", (text) => expect(run(rule, text)).toEqual([]));
});

describe("tense after a past time marker", () => {
  const rule = RULES.pastTimeTense as Rule;

  it("suggests the past form, irregular ones included", () => {
    expect(only(rule, "Yesterday I go to the office.")).toEqual({
      flagged: "go",
      suggestions: ["went"],
      category: "tense",
      message: "“Yesterday” is in the past, so use the past tense: “went”.",
    });
    expect(only(rule, "Last year we launch a product.").suggestions).toEqual(["launched"]);
    expect(only(rule, "Two days ago she call me.").message).toContain("“Two days ago”");
    expect(only(rule, "Last night, I finish the report.").suggestions).toEqual(["finished"]);
  });

  it.each([
    "Last year we launched a new product.",
    "Yesterday was a good day.",
    "Yesterday I read the whole report.",
    "Last year's results were strong.",
    "Last week I had to cancel the demo.",
    "I know what happened yesterday.",
  ])("leaves “%s” alone", (text) => expect(run(rule, text)).toEqual([]));
});

describe("prepositions", () => {
  const rule = RULES.prepositions as Rule;

  it("replaces the wrong preposition or removes a superfluous one", () => {
    expect(only(rule, "It depends of the budget.")).toEqual({
      flagged: "of",
      suggestions: ["on"],
      category: "usage",
      message: "Say “depends on”, not “depends of”.",
    });
    expect(only(rule, "We arrived to the airport.").suggestions).toEqual(["at", "in"]);
    expect(only(rule, "He is married with a doctor.").suggestions).toEqual(["to"]);
    expect(only(rule, "We discussed about the roadmap.")).toMatchObject({
      flagged: "discussed about",
      suggestions: ["discussed"],
    });
  });

  it.each(["I depend on my team.", "We arrived to find the servers down.", "He is married to a doctor."])(
    "leaves “%s” alone",
    (text) => expect(run(rule, text)).toEqual([]),
  );
});

describe("uncountable nouns", () => {
  const rule = RULES.uncountablePlurals as Rule;

  it("suggests the singular", () => {
    expect(only(rule, "I need more informations.")).toEqual({
      flagged: "informations",
      suggestions: ["information"],
      category: "uncountable",
      message: "“information” is uncountable, so it has no plural: use “information”.",
    });
    expect(only(rule, "I did many researches.").suggestions).toEqual(["research"]);
  });

  it.each(["She researches new frameworks.", "Thank you for your advice.", "The data are stored in two regions."])(
    "leaves “%s” alone",
    (text) => expect(run(rule, text)).toEqual([]),
  );
});

describe("double comparatives", () => {
  const rule = RULES.doubleComparatives as Rule;

  it("drops more/most", () => {
    expect(only(rule, "This is more better.")).toEqual({
      flagged: "more better",
      suggestions: ["better"],
      category: "redundancy",
      message: "“better” is already a comparison: leave out “more”.",
    });
    expect(only(rule, "It is the most easiest fix.").suggestions).toEqual(["easiest"]);
    expect(only(rule, "Our API is more faster now.").suggestions).toEqual(["faster"]);
  });

  it.each([
    "She reviewed it more carefully.",
    "It is more interesting.",
    "Most engineers want more tests.",
    "He is more clever.",
  ])("leaves “%s” alone", (text) => expect(run(rule, text)).toEqual([]));
});

describe("modals", () => {
  const rule = RULES.modalVerbForms as Rule;

  it("wants the bare infinitive", () => {
    expect(only(rule, "She can speaks three languages.")).toEqual({
      flagged: "speaks",
      suggestions: ["speak"],
      category: "grammar",
      message: "After “can”, use the base form of the verb: “speak”.",
    });
    expect(only(rule, "She could not came.").suggestions).toEqual(["come"]);
    expect(only(rule, "We must to finish today.")).toMatchObject({ flagged: "must to", suggestions: ["must"] });
  });

  it.each(["She can speak.", "You should have gone.", "It can be used.", "In May we shipped it."])(
    "leaves “%s” alone",
    (text) => expect(run(rule, text)).toEqual([]),
  );
});

describe("since with a point in time", () => {
  const rule = RULES.sinceTense as Rule;

  it("suggests the present perfect", () => {
    expect(only(rule, "I am working here since 2019.")).toEqual({
      flagged: "am working",
      suggestions: ["have been working"],
      category: "tense",
      message: "With “since” and a point in time, use the present perfect: “have been working”.",
    });
    expect(only(rule, "She works at Google since 2020.").suggestions).toEqual(["has worked"]);
    expect(only(rule, "I know him since college.").suggestions).toEqual(["have known"]);
    expect(only(rule, "He lives in Berlin since 2015.").suggestions).toEqual(["has lived"]);
  });

  it.each([
    "I have been working here since 2019.",
    "The team has grown since 2020.",
    "Since you asked, I work on payments.",
    "I am working late since the deadline is tomorrow.",
    "It is my first job since college.",
  ])("leaves “%s” alone", (text) => expect(run(rule, text)).toEqual([]));
});

describe("do-support", () => {
  const rule = RULES.doSupport as Rule;

  it("wants the bare infinitive after do, does and did", () => {
    expect(only(rule, "She didn't told me.")).toEqual({
      flagged: "told",
      suggestions: ["tell"],
      category: "grammar",
      message: "After “did”, use the base form of the verb: “tell”.",
    });
    expect(only(rule, "Does she works here?").suggestions).toEqual(["work"]);
    expect(only(rule, "I didn’t went there.").flagged).toBe("went");
    expect(only(rule, "What did you learned?").suggestions).toEqual(["learn"]);
  });

  it.each(["I didn't go.", "Did you finish the report?", "Everything I did was tested.", "The work he did helped us."])(
    "leaves “%s” alone",
    (text) => expect(run(rule, text)).toEqual([]),
  );
});

describe("be + agree", () => {
  const rule = RULES.beAgree as Rule;

  it("turns agree back into a verb", () => {
    expect(only(rule, "I am agree with you.")).toEqual({
      flagged: "am agree",
      suggestions: ["agree"],
      category: "grammar",
      message: "“agree” is a verb: say “I agree”, not “I am agree”.",
    });
    expect(only(rule, "She is agree.").suggestions).toEqual(["agrees"]);
    expect(only(rule, "I am not agree.").suggestions).toEqual(["do not agree"]);
    expect(only(rule, "I'm agree with that.")).toMatchObject({ flagged: "I'm agree", suggestions: ["I agree"] });
    // A split contraction is replaced with its pronoun, so applying the fix keeps a space.
    expect(only(rule, "We’re agree on scope.")).toMatchObject({ flagged: "We’re agree", suggestions: ["We agree"] });
    expect(only(rule, "They're not agree.").suggestions).toEqual(["They do not agree"]);
  });

  it.each(["I agree with you.", "We are agreed on the plan."])("leaves “%s” alone", (text) =>
    expect(run(rule, text)).toEqual([]),
  );
});

describe("explain/say/describe + listener", () => {
  const rule = RULES.indirectObjects as Rule;

  it("moves the listener after to, or switches say to tell", () => {
    expect(only(rule, "Can you explain me the process?")).toEqual({
      flagged: "explain me",
      suggestions: ["explain to me"],
      category: "usage",
      message: "Say “explain something to me”: the listener comes after “to”.",
    });
    expect(only(rule, "She said me that it was remote.").suggestions).toEqual(["told me", "said to me"]);
    expect(only(rule, "Please describe me your project.").suggestions).toEqual(["describe to me"]);
  });

  it.each([
    "Can you explain the process to me?",
    "I can explain them to the new hires.",
    "How would your manager describe you?",
    "Could you say that again?",
    "Please say her name.",
  ])("leaves “%s” alone", (text) => expect(run(rule, text)).toEqual([]));
});

describe("gerunds", () => {
  const rule = RULES.gerunds as Rule;

  it("suggests the -ing form", () => {
    expect(only(rule, "I enjoy to work with people.")).toEqual({
      flagged: "to work",
      suggestions: ["working"],
      category: "grammar",
      message: "“enjoy” is followed by an -ing form: “enjoy working”.",
    });
    expect(only(rule, "I look forward to meet you.")).toMatchObject({ flagged: "meet", suggestions: ["meeting"] });
    expect(only(rule, "He suggested to use Redis.").suggestions).toEqual(["using"]);
  });

  it.each(["I enjoy working with people.", "I look forward to meeting you.", "It is considered to be safe."])(
    "leaves “%s” alone",
    (text) => expect(run(rule, text)).toEqual([]),
  );
});

describe("the rule layer as a whole", () => {
  it("reports issues in text order with offsets into the original text", () => {
    const text = "😀 He work here. Yesterday I go home.";
    const issues = checkRules(text);
    expect(issues.map((i) => text.slice(i.start, i.end))).toEqual(["work", "go"]);
    expect(checkRules("   ")).toEqual([]);
  });

  it("drops issues that overlap one already kept", () => {
    const at = (start: number, end: number): GrammarIssue => ({
      start,
      end,
      message: "",
      suggestions: [],
      category: "grammar",
    });
    expect(withoutOverlaps([at(0, 4), at(2, 6), at(6, 8)], [at(7, 9)])).toEqual([at(0, 4)]);
  });

  it("labels its new categories", () => {
    expect(categoryLabel("tense")).toBe("Verb tense");
    expect(categoryLabel("uncountable")).toBe("Uncountable noun");
  });

  it("inflects verbs for suggestions", () => {
    expect(["ship", "launch", "go", "study", "commit"].map(pastOf)).toEqual([
      "shipped",
      "launched",
      "went",
      "studied",
      "committed",
    ]);
    expect(["write", "work"].map(participleOf)).toEqual(["written", "worked"]);
    expect(["meet", "use", "plan", "lie", "see"].map(ingOf)).toEqual([
      "meeting",
      "using",
      "planning",
      "lying",
      "seeing",
    ]);
    expect(["work", "fix", "have", "try", "go"].map(thirdPersonOf)).toEqual(["works", "fixes", "has", "tries", "goes"]);
  });
});
