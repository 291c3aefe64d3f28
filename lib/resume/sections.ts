import type { SectionFinding, SectionKey } from "@/lib/resume/schema";

/** Heading wordings seen on real resumes, normalised (lower case, "&" → "and", no punctuation). */
const HEADINGS: Record<SectionKey, string[]> = {
  contact: ["contact", "contacts", "contact information", "contact info", "contact details", "personal details", "personal information", "get in touch"],
  summary: [
    "summary", "professional summary", "career summary", "executive summary", "profile summary", "summary of qualifications",
    "profile", "professional profile", "personal profile", "about", "about me", "objective", "career objective",
    "professional objective", "overview", "personal statement", "introduction",
  ],
  experience: [
    "experience", "work experience", "professional experience", "relevant experience", "employment", "employment history",
    "work history", "career history", "professional history", "professional background", "positions held", "internships",
    "internship experience", "industry experience", "experience and achievements", "work",
  ],
  education: [
    "education", "education and training", "training and education", "academic background", "academic history", "academics",
    "academic qualifications", "educational background", "education and certifications", "certifications and education",
    "qualifications and education", "degrees",
  ],
  skills: [
    "skills", "technical skills", "core skills", "key skills", "skills and abilities", "skills and competencies", "competencies",
    "core competencies", "technologies", "tech stack", "technical stack", "tools", "tools and technologies", "technologies and tools",
    "expertise", "areas of expertise", "technical expertise", "skill set", "skillset", "technical proficiencies", "proficiencies",
    "languages and technologies", "programming languages", "skills summary", "skills and tools",
  ],
  projects: [
    "projects", "personal projects", "side projects", "selected projects", "key projects", "academic projects", "notable projects",
    "project experience", "project highlights", "portfolio", "open source", "open source contributions", "open source projects",
  ],
};

const LOOKUP = new Map<string, SectionKey>(
  (Object.entries(HEADINGS) as [SectionKey, string[]][]).flatMap(([key, names]) => names.map((name) => [name, key] as const)),
);

/** The last word of a short heading that names its section ("Software Engineering Experience"). */
const LAST_WORD: Record<string, SectionKey> = {
  experience: "experience",
  experiences: "experience",
  employment: "experience",
  education: "education",
  skills: "skills",
  projects: "projects",
  summary: "summary",
  profile: "summary",
};

export const BULLET = /^\s*(?:[•●▪■◦○◆◇►▶➢➤✓✔·*\u2013\u2014\uf0b7\uf0a7\uf0d8\uf076\uf0fc-]|\d{1,2}[.)])\s*/;

function normalise(line: string): string {
  let text = line.trim();
  // "E X P E R I E N C E": letter-spaced headings from design templates.
  if (/^(?:\S ){3,}\S$/.test(text)) text = text.replace(/ /g, "");
  return text
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ")
    .replace(/&/g, " and ")
    .replace(/[^a-z\s]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The section a line opens, if it is a heading: a short line that is one of
 * the known headings, or a label followed by its content ("Skills: Go, SQL").
 */
export function headingOf(line: string): SectionKey | null {
  const trimmed = line.trim();
  if (trimmed === "" || BULLET.test(trimmed)) return null;
  const labelled = /^([^:]{2,40}):\s*\S/.exec(trimmed);
  if (labelled) return LOOKUP.get(normalise(labelled[1]!)) ?? null;
  if (trimmed.length > 50 || /[.!?]$/.test(trimmed)) return null;
  const text = normalise(trimmed);
  const exact = LOOKUP.get(text);
  if (exact) return exact;
  const words = text.split(" ");
  if (words.length < 2 || words.length > 4) return null;
  // A longer heading counts only when it looks like one (capitalised or ending in a colon).
  const looksLikeHeading = trimmed.endsWith(":") || trimmed === trimmed.toUpperCase() || /^(?:[A-Z][\w-]*|and|&|of)(?:\s+(?:[A-Z][\w-]*|and|&|of))*:?$/.test(trimmed);
  return looksLikeHeading ? (LAST_WORD[words.at(-1)!] ?? null) : null;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /(?:\+?\d[\d\s().-]{7,}\d)/;
const LINKEDIN = /linkedin\.com\/in\//i;
const GITHUB = /github\.com\/[\w-]+/i;

export function contactDetails(text: string): string[] {
  const details: string[] = [];
  if (EMAIL.test(text)) details.push("email");
  const phone = PHONE.exec(text)?.[0];
  if (phone && phone.replace(/\D/g, "").length >= 9) details.push("phone");
  if (LINKEDIN.test(text)) details.push("LinkedIn");
  if (GITHUB.test(text)) details.push("GitHub");
  return details;
}

export type Line = { text: string; section: SectionKey | null };

/** Each non-empty line with the section it falls in (null before the first heading). */
export function splitSections(text: string): { lines: Line[]; sections: Record<SectionKey, SectionFinding> } {
  const sections = {
    contact: { found: false },
    summary: { found: false },
    experience: { found: false },
    education: { found: false },
    skills: { found: false },
    projects: { found: false },
  } as Record<SectionKey, SectionFinding>;
  const lines: Line[] = [];
  let current: SectionKey | null = null;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    const heading = headingOf(line);
    if (heading) {
      current = heading;
      if (!sections[heading].found) sections[heading] = { found: true, heading: line.replace(/:.*$/, "").trim() || line };
      // "Skills: Go, SQL" keeps its content as a line of the section.
      const rest = /^[^:]+:\s*(\S.*)$/.exec(line)?.[1];
      if (rest) lines.push({ text: rest, section: current });
      continue;
    }
    lines.push({ text: line, section: current });
  }
  if (!sections.contact.found) {
    const details = contactDetails(text);
    // An email address or phone number is what makes a resume reachable.
    if (details.includes("email") || details.includes("phone")) sections.contact = { found: true, details };
  } else {
    sections.contact = { ...sections.contact, details: contactDetails(text) };
  }
  return { lines, sections };
}
