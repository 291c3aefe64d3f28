import type { Difficulty, Level, QuestionType, Role } from "@/lib/questions/schema";
import type { Evaluation, GeneratedQuestion, InterviewFormat, Source } from "@/lib/ai/schema";
import type { JobReading, ResumeReading } from "@/lib/ai/local/documents";

/** Everything an evaluator may use about the question being answered. */
export type EvaluationInput = {
  question: string;
  answer: string;
  questionType?: QuestionType;
  talkingPoints?: string[];
  role?: string;
  level?: Level;
  durationSeconds?: number | null;
};

export type QuestionInput = {
  /** Free text as the user typed it ("Senior React developer"). */
  role: string;
  level: Level;
  company?: { slug: string; name: string; values: string[]; focusAreas: string[]; interviewStyle: string } | null;
  format: InterviewFormat;
  count: number;
  /** Same seed, same questions (local engine). */
  seed: string;
  /** Bank question ids the user answered recently; never asked again. */
  excludeIds: string[];
  /** Ask about this job description or resume instead of the role in general; each question then says why it was chosen. */
  document?: QuestionDocument;
};

/** A document read for questions (lib/ai/local/documents.ts): what a posting asks for, or what a resume claims. */
export type QuestionDocument = { kind: "job"; reading: JobReading } | { kind: "resume"; reading: ResumeReading };

/** A question candidate from the curated bank, as the local selector sees it. */
export type BankCandidate = {
  id: string;
  role: Role;
  type: QuestionType;
  difficulty: Difficulty;
  levels: Level[];
  text: string;
  talkingPoints: string[];
  tags: string[];
  companySlug: string | null;
};

export interface AiProvider {
  readonly source: Source;
  generateQuestions(input: QuestionInput): Promise<GeneratedQuestion[]>;
  evaluateAnswer(input: EvaluationInput): Promise<Evaluation>;
}
