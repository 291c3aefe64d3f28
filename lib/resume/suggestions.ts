import type { Issue, Keyword, SectionFinding, SectionKey, Suggestion } from "@/lib/resume/schema";
import type { Statement } from "@/lib/resume/content";

const MAX_PER_KIND = 5;
const MAX_MISSING_MUSTS = 10;
const SECTION_ADVICE: Partial<Record<SectionKey, string>> = {
  contact: "Add your contact details at the top: email, phone and a LinkedIn or GitHub link.",
  experience: "Add an Experience section (heading “Experience”) with your roles, newest first.",
  education: "Add an Education section (heading “Education”) with your degree or training.",
  skills: "Add a Skills section (heading “Skills”) listing the tools and languages you use; ATS software looks for it.",
};
const FORMATTING_CODES = new Set<Issue["code"]>(["no_bullets", "long_bullets", "first_person", "inconsistent_dates", "too_long", "too_short"]);

const quote = (text: string) => `“${text.length > 70 ? `${text.slice(0, 69)}…` : text}”`;
const listOf = (words: string[]) => (words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`);

/** What to add or reword, most valuable first: missing must-haves, then wording, then layout. */
export function buildSuggestions(input: {
  keywords: Keyword[] | null;
  statements: Statement[];
  sections: Record<SectionKey, SectionFinding>;
  issues: Issue[];
}): Suggestion[] {
  const out: Suggestion[] = [];
  const missing = (importance: Keyword["importance"]) => (input.keywords ?? []).filter((k) => k.importance === importance && !k.matched);

  const musts = missing("must");
  for (const keyword of musts.slice(0, MAX_MISSING_MUSTS)) {
    out.push({
      kind: "missing_must",
      text: `Add “${keyword.term}”: the job lists it as a must-have. If you have used it, name it in Skills and in a bullet that shows what you did with it.`,
    });
  }
  if (musts.length > MAX_MISSING_MUSTS) {
    out.push({ kind: "missing_must", text: `Also missing must-haves: ${musts.slice(MAX_MISSING_MUSTS).map((k) => k.term).join(", ")}.` });
  }
  const nices = missing("nice");
  if (nices.length > 0) {
    out.push({ kind: "missing_nice", text: `If you have them, mention these nice-to-haves: ${nices.map((k) => k.term).join(", ")}.` });
  }

  for (const statement of input.statements.filter((s) => s.weak).slice(0, MAX_PER_KIND)) {
    out.push({
      kind: "weak_verb",
      text: `Reword ${quote(statement.text)}: replace “${statement.weak!.phrase}” with a power verb such as ${listOf(statement.weak!.instead)}.`,
    });
  }
  for (const statement of input.statements.filter((s) => !s.weak && !s.verb).slice(0, 3)) {
    out.push({ kind: "no_action_verb", text: `Start ${quote(statement.text)} with an action verb (Built, Led, Reduced, Launched…).` });
  }
  for (const statement of input.statements.filter((s) => !s.quantified).slice(0, MAX_PER_KIND)) {
    out.push({ kind: "unquantified", text: `Add a number to ${quote(statement.text)}: how many, how much, how fast, or what percentage?` });
  }

  for (const [key, advice] of Object.entries(SECTION_ADVICE) as [SectionKey, string][]) {
    if (!input.sections[key].found) out.push({ kind: "section", text: advice });
  }
  for (const issue of input.issues.filter((i) => FORMATTING_CODES.has(i.code))) {
    out.push({ kind: "formatting", text: issue.message });
  }
  return out;
}
