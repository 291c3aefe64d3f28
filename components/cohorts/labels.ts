import type { Difficulty, QuestionType } from "@/lib/questions/schema";

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  behavioral: "Behavioural",
  technical: "Technical",
  system_design: "System design",
};

export const DIFFICULTY_LABELS: Record<Difficulty, string> = { easy: "Easy", medium: "Medium", hard: "Hard" };

/** "12 Mar 2027", in UTC like the due date it shows. */
export const formatDay = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
