import { describe, expect, it } from "vitest";
import { contactDetails, headingOf, splitSections } from "@/lib/resume/sections";

describe("headingOf", () => {
  it.each([
    ["EXPERIENCE", "experience"],
    ["Work Experience", "experience"],
    ["Professional Experience:", "experience"],
    ["Employment History", "experience"],
    ["Software Engineering Experience", "experience"],
    ["E X P E R I E N C E", "experience"],
    ["Professional Summary", "summary"],
    ["PROFILE", "summary"],
    ["Objective:", "summary"],
    ["Education", "education"],
    ["Academic Background", "education"],
    ["Education & Training", "education"],
    ["Technical Skills", "skills"],
    ["Core Competencies", "skills"],
    ["Skills & Tools", "skills"],
    ["Tech stack", "skills"],
    ["Personal Projects", "projects"],
    ["Open Source", "projects"],
    ["Contact Information", "contact"],
  ] as const)("reads %j as the %s heading", (line, key) => {
    expect(headingOf(line)).toBe(key);
  });

  it("treats a labelled line as a heading with content", () => {
    expect(headingOf("Skills: Go, SQL, Kubernetes")).toBe("skills");
  });

  it.each([
    "Senior Software Engineer",
    "Experience with large teams is required.",
    "• Skills",
    "Built a CI/CD pipeline with GitHub Actions",
    "Jan 2020 - Present",
    "Email: jane@example.com",
    "my experience in retail taught me a lot about customers",
  ])("does not take %j for a heading", (line) => {
    expect(headingOf(line)).toBeNull();
  });
});

describe("splitSections", () => {
  it("finds every section and files lines under the heading above them", () => {
    const { sections, lines } = splitSections(
      ["Jane Doe", "jane@example.com", "SUMMARY", "Engineer.", "Work history", "• Built things", "EDUCATION", "BSc", "Skills: Go, SQL"].join("\n"),
    );
    expect(Object.fromEntries(Object.entries(sections).map(([key, value]) => [key, value.found]))).toEqual({
      contact: true,
      summary: true,
      experience: true,
      education: true,
      skills: true,
      projects: false,
    });
    expect(sections.experience.heading).toBe("Work history");
    expect(lines.find((line) => line.text === "• Built things")?.section).toBe("experience");
    expect(lines.find((line) => line.text === "Go, SQL")?.section).toBe("skills");
  });

  it("finds contact details without a heading, and says which", () => {
    const { sections } = splitSections("Sam Lee\n+44 20 7946 0958 · sam@example.org · linkedin.com/in/samlee\nExperience\n• Did things");
    expect(sections.contact).toEqual({ found: true, details: ["email", "phone", "LinkedIn"] });
  });

  it("reports contact details missing when there is no way to reach the person", () => {
    const { sections } = splitSections("Sam Lee\nExperience\n• Built 3 apps in 2021");
    expect(sections.contact.found).toBe(false);
  });
});

describe("contactDetails", () => {
  it("does not take a year range for a phone number", () => {
    expect(contactDetails("2019 - 2021")).toEqual([]);
  });
});
