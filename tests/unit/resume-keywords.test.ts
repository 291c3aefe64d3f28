import { describe, expect, it } from "vitest";
import { findTerms, tokenize } from "@/lib/resume/tokens";
import { jobKeywords, matchKeywords } from "@/lib/resume/job-match";

const terms = (text: string) => findTerms(tokenize(text), text).map((hit) => hit.name);
const byImportance = (jd: string) => {
  const keywords = jobKeywords(jd);
  return {
    must: keywords.filter((k) => k.importance === "must").map((k) => k.term),
    nice: keywords.filter((k) => k.importance === "nice").map((k) => k.term),
  };
};

describe("tokenize", () => {
  it("keeps technical names whole and drops sentence punctuation", () => {
    const text = "Wrote C++, C# and Node.js; set up CI/CD for .NET and scikit-learn models. Also F#.";
    expect(tokenize(text).map((t) => t.text)).toEqual([
      "Wrote", "C++", "C#", "and", "Node.js", "set", "up", "CI/CD", "for", ".NET", "and", "scikit-learn", "models", "Also", "F#",
    ]);
  });

  it("splits words joined by a slash unless the pair is one term", () => {
    expect(tokenize("Python/Django, UI/UX, TCP/IP").map((t) => t.text)).toEqual(["Python", "Django", "UI/UX", "TCP/IP"]);
  });
});

describe("findTerms", () => {
  it.each([
    ["Deployed on k8s", "Kubernetes"],
    ["Rewrote the JS frontend", "JavaScript"],
    ["Migrated to TS", "TypeScript"],
    ["Tuned Postgres queries", "PostgreSQL"],
    ["Shipped ML models", "Machine learning"],
    ["Ran it on GCP", "Google Cloud"],
    ["Hosted on Amazon Web Services", "AWS"],
    ["Applied machine learning to fraud", "Machine learning"],
    ["Led project management for 3 teams", "Project management"],
    ["Services in Golang", "Go"],
    ["Set up continuous integration", "CI/CD"],
    ["Trained sklearn pipelines", "scikit-learn"],
  ])("finds %j as %s", (text, name) => {
    expect(terms(text)).toContain(name);
  });

  it("matches whole tokens only: Java is not found inside JavaScript", () => {
    expect(terms("Senior JavaScript developer")).toEqual(["JavaScript"]);
  });

  it("does not take ordinary words for short names", () => {
    expect(terms("ready to go and react quickly to excel at support")).toEqual([]);
    expect(terms("Built services in Go and React")).toEqual(["Go", "React"]);
  });

  it("finds a phrase wrapped over two lines, as PDF text breaks it", () => {
    expect(terms("Docker, GitHub\nActions")).toEqual(["Docker", "GitHub Actions"]);
  });
});

describe("jobKeywords", () => {
  it("separates must-haves from nice-to-haves by section headings", () => {
    const jd = ["Requirements:", "- C++ or C#", "- Node.js and CI/CD", "Nice to have:", "- Kafka", "- AWS"].join("\n");
    expect(byImportance(jd)).toEqual({ must: ["C++", "C#", "Node.js", "CI/CD"], nice: ["Kafka", "AWS"] });
  });

  it.each([
    ["Python is required and Go is a plus.", ["Python"], ["Go"]],
    ["Experience with Terraform is a bonus.", [], ["Terraform"]],
    ["Docker preferred; Kubernetes is a must.", ["Kubernetes"], ["Docker"]],
    ["You have 3+ years of TypeScript. Bonus: GraphQL", ["TypeScript"], ["GraphQL"]],
    ["Minimum 2 years with React, ideally Redux too", ["React"], ["Redux"]],
    ["Knowledge of Rust is not required", [], ["Rust"]],
  ])("reads the cues in %j", (jd, must, nice) => {
    expect(byImportance(jd)).toEqual({ must, nice });
  });

  it("counts a term as must-have when any mention of it is", () => {
    expect(byImportance("Required: Python\nNice to have: Python and Go")).toEqual({ must: ["Python"], nice: ["Go"] });
  });

  it("treats terms outside any cue as must-haves, and ignores benefits and company blurbs", () => {
    const jd = ["You will build our platform in Elixir.", "Benefits:", "- Free AWS credits and a Kubernetes course"].join("\n");
    expect(byImportance(jd)).toEqual({ must: ["Elixir"], nice: [] });
  });

  it("never turns stop words or job-advert filler into keywords", () => {
    const jd = [
      "Requirements:",
      "- Strong Communication And Excellent Experience With Fast-Paced Environments",
      "- The Ideal Candidate Is Passionate, Motivated And A Great Team Player",
      "- Bachelor's Degree Or Equivalent Experience",
    ].join("\n");
    const words = jobKeywords(jd).map((k) => k.term.toLowerCase());
    for (const filler of ["the", "and", "with", "strong", "excellent", "experience", "ideal", "candidate", "passionate", "great", "team", "degree", "equivalent"]) {
      expect(words).not.toContain(filler);
    }
  });

  it("keeps tools we have no entry for when the requirements name them", () => {
    expect(byImportance("Requirements:\n- Experience with Pulumi and HIPAA compliance").must).toEqual(["Pulumi", "HIPAA"]);
  });

  it("keeps technical-looking names anywhere (dots, digits, + and #)", () => {
    expect(jobKeywords("We use Ember.js and Vue3 daily.").map((k) => k.term)).toEqual(["Ember.js", "Vue3"]);
  });
});

describe("matchKeywords", () => {
  it("matches aliases both ways and says how the resume wrote them", () => {
    const wanted = jobKeywords("Requirements: Kubernetes, JavaScript, PostgreSQL, machine learning, C++, CI/CD\nNice to have: Go");
    const matched = matchKeywords(wanted, "Ran k8s clusters. Wrote JS and C++. Tuned Postgres. Built ML models. Set up CI/CD.");
    expect(matched).toEqual([
      { term: "Kubernetes", importance: "must", matched: true, foundAs: "k8s" },
      { term: "JavaScript", importance: "must", matched: true, foundAs: "JS" },
      { term: "PostgreSQL", importance: "must", matched: true, foundAs: "Postgres" },
      { term: "Machine learning", importance: "must", matched: true, foundAs: "ML" },
      { term: "C++", importance: "must", matched: true },
      { term: "CI/CD", importance: "must", matched: true },
      { term: "Go", importance: "nice", matched: false },
    ]);
  });

  it("does not count C for C++ or C# for C++", () => {
    const wanted = jobKeywords("Required: C++");
    expect(matchKeywords(wanted, "Wrote C# and C services")[0]?.matched).toBe(false);
  });

  it("matches unknown terms by word, ignoring case and plural", () => {
    const wanted = jobKeywords("Requirements:\n- Experience with Pulumi stacks");
    expect(matchKeywords(wanted, "Managed pulumi for 4 teams")).toEqual([{ term: "Pulumi", importance: "must", matched: true }]);
  });
});
