import type { MatchKind, RoleTemplate } from "@/lib/roadmap/schema";

// Maps what someone typed ("Sr. React dev", "Site Reliability Engineer",
// "fronted developer") to the closest curated template. Pure, so it is unit-tested.

export type TemplateMatch = { template: RoleTemplate; match: MatchKind; score: number };

/** Words that say how senior someone is, not what they do. */
const SENIORITY = new Set(["senior", "sr", "junior", "jr", "lead", "principal", "staff", "associate", "intern", "trainee", "mid", "level", "entry", "i", "ii", "iii", "iv"]);
/** Words shared by many roles: they count, but less than the words that tell roles apart. */
const GENERIC = new Set(["engineer", "engineering", "developer", "dev", "development", "programmer", "specialist", "software", "manager"]);
const FILLER = new Set(["a", "an", "the", "of", "and", "in", "for", "to", "at"]);
const GENERIC_WEIGHT = 0.4;
/** Below this, nothing is close enough: better to ask than to guess. */
const MIN_SCORE = 0.34;

export function normalizeRole(text: string): string {
  return text
    .toLowerCase()
    .replace(/[./]/g, " ")
    .replace(/[^a-z0-9+#\s-]/g, " ")
    .replace(/-/g, " ")
    .split(/\s+/)
    .filter((word) => word !== "" && !FILLER.has(word))
    .join(" ");
}

function withoutSeniority(normalized: string): string {
  return normalized
    .split(" ")
    .filter((word) => !SENIORITY.has(word))
    .join(" ");
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Same word, allowing one typo in words of five letters or more ("fronted" for "frontend"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5) return false;
  return editDistance(a, b, 1) <= 1;
}

const weight = (word: string) => (GENERIC.has(word) ? GENERIC_WEIGHT : 1);

/** Weighted overlap of two word lists, 0..1 (Dice coefficient with generic words counting less). */
function similarity(input: string[], phrase: string[]): number {
  const total = input.reduce((sum, w) => sum + weight(w), 0) + phrase.reduce((sum, w) => sum + weight(w), 0);
  if (total === 0) return 0;
  const matchedInput = input.filter((w) => phrase.some((p) => sameWord(w, p))).reduce((sum, w) => sum + weight(w), 0);
  const matchedPhrase = phrase.filter((p) => input.some((w) => sameWord(w, p))).reduce((sum, w) => sum + weight(w), 0);
  return (matchedInput + matchedPhrase) / total;
}

function phrases(template: RoleTemplate): string[] {
  return [template.title, template.slug, ...template.aliases].map(normalizeRole);
}

/** The template a role means, or null when no template is close. */
export function matchTemplate(role: string, templates: RoleTemplate[]): TemplateMatch | null {
  const normalized = normalizeRole(role);
  if (normalized === "") return null;
  const core = withoutSeniority(normalized);

  for (const template of templates) {
    const [title, slug] = [normalizeRole(template.title), normalizeRole(template.slug)];
    if (normalized === title || normalized === slug || template.slug === role.trim().toLowerCase()) {
      return { template, match: "exact", score: 1 };
    }
  }
  for (const template of templates) {
    if (phrases(template).some((phrase) => phrase === normalized || phrase === core || withoutSeniority(phrase) === core)) {
      return { template, match: "alias", score: 1 };
    }
  }

  const words = (core === "" ? normalized : core).split(" ");
  let best: TemplateMatch | null = null;
  for (const template of templates) {
    const score = Math.max(...phrases(template).map((phrase) => similarity(words, withoutSeniority(phrase).split(" "))));
    if (score > (best?.score ?? 0)) best = { template, match: "closest", score };
  }
  return best && best.score >= MIN_SCORE ? best : null;
}
