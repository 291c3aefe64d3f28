import { ACTION_VERBS, WEAK_OPENINGS } from "@/lib/resume/vocabulary/words";

const IRREGULAR: Record<string, string> = {
  build: "built",
  builds: "built",
  rebuild: "rebuilt",
  lead: "led",
  leads: "led",
  run: "ran",
  runs: "ran",
  drive: "drove",
  drives: "drove",
  write: "wrote",
  writes: "wrote",
  grow: "grew",
  grows: "grew",
  win: "won",
  oversee: "oversaw",
  oversees: "oversaw",
  teach: "taught",
  troubleshoot: "troubleshot",
  cuts: "cut",
};

/** The past-tense form a bullet's first word stands for, if it is one of the strong verbs. */
export function actionVerbOf(word: string): string | null {
  const lower = word.toLowerCase();
  if (ACTION_VERBS.has(lower)) return lower;
  const irregular = IRREGULAR[lower];
  if (irregular) return irregular;
  // Present tense for a current job: "Design", "Designs", "Optimise", "Ship", "Simplify".
  const base = lower.endsWith("s") && !lower.endsWith("ss") ? lower.slice(0, -1) : lower;
  const forms = [`${base}ed`, `${base}d`, `${base}${base.at(-1) ?? ""}ed`, base.endsWith("y") ? `${base.slice(0, -1)}ied` : ""];
  if (base.endsWith("ie")) forms.push(`${base.slice(0, -1)}ed`);
  return forms.find((form) => form !== "" && ACTION_VERBS.has(form)) ?? null;
}

/** The weak opening a bullet starts with ("Responsible for"), and stronger verbs to use. */
export function weakOpeningOf(bullet: string): { phrase: string; instead: string[] } | null {
  const lower = bullet.toLowerCase();
  return WEAK_OPENINGS.find(({ phrase }) => lower.startsWith(`${phrase} `) || lower === phrase) ?? null;
}
