import { z } from "zod";

export const ROLES = [
  "frontend",
  "backend",
  "fullstack",
  "mobile",
  "data_science",
  "data_analysis",
  "ml",
  "devops",
  "qa",
  "product",
  "ux",
  "sales",
  "marketing",
  "hr",
  "general",
] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const LEVELS = ["intern", "junior", "mid", "senior", "lead"] as const;
export const LevelSchema = z.enum(LEVELS);
export const QuestionTypeSchema = z.enum(["behavioral", "technical", "system_design"]);
export const DifficultySchema = z.enum(["easy", "medium", "hard"]);

/** One question of the curated bank as written in prisma/data/questions/<role>.json. */
export const BankQuestionSchema = z.object({
  id: z.string().regex(/^[a-z_]+-\d{3}$/),
  role: RoleSchema,
  type: QuestionTypeSchema,
  difficulty: DifficultySchema,
  levels: z.array(LevelSchema).min(1),
  text: z.string().min(10),
  talkingPoints: z.array(z.string().min(2)).min(3).max(6),
  modelAnswer: z.string().min(20),
  tags: z.array(z.string()).min(1).max(6),
});
export type BankQuestion = z.infer<typeof BankQuestionSchema>;

export type Level = z.infer<typeof LevelSchema>;
export type QuestionType = z.infer<typeof QuestionTypeSchema>;
export type Difficulty = z.infer<typeof DifficultySchema>;
