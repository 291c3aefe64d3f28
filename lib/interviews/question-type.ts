import type { QuestionType } from "@/lib/questions/schema";

// A logged question's type is optional, but a practice session needs one: it
// decides how the answer is judged (behavioural answers are checked for STAR).
const SYSTEM_DESIGN = /\b(design|architect\w*|scal(e|able|ing)|distributed|high[- ]level)\b/i;
const BEHAVIORAL =
  /\b(tell me about|describe a (time|situation)|give (me )?an example|a time (when|you)|conflict|weakness|strength|why (do|did) you|disagree\w*|mistake|proud|failure|challenge)\b/i;

/** The stated type, or a guess from the wording; technical when nothing suggests otherwise. */
export function questionTypeOf(text: string, stated?: QuestionType | null): QuestionType {
  if (stated) return stated;
  if (BEHAVIORAL.test(text)) return "behavioral";
  if (SYSTEM_DESIGN.test(text)) return "system_design";
  return "technical";
}
