import { z } from "zod";
import { QuestionTypeSchema } from "@/lib/questions/schema";

export const RoundsSchema = z.array(z.object({ name: z.string(), description: z.string() }));
export const PrepTopicsSchema = z.object({
  behavioral: z.array(z.string()),
  technical: z.array(z.string()),
  system_design: z.array(z.string()),
  culture: z.array(z.string()),
});

/** A company profile as written in prisma/data/companies.json. */
export const CompanyDataSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  industry: z.string(),
  headquarters: z.string().optional(),
  values: z.array(z.string()).min(1),
  interviewStyle: z.string(),
  rounds: RoundsSchema.min(1),
  focusAreas: z.array(z.string()).min(1),
  tips: z.array(z.string()),
  prepTopics: PrepTopicsSchema,
  sampleQuestions: z.array(z.object({ type: QuestionTypeSchema, text: z.string() })),
});
export type CompanyData = z.infer<typeof CompanyDataSchema>;
