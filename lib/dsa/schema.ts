import { z } from "zod";
import { DifficultySchema } from "@/lib/questions/schema";

export const DSA_CATEGORIES = [
  "arrays",
  "strings",
  "hashing",
  "two_pointers",
  "sliding_window",
  "stack",
  "queue",
  "linked_list",
  "trees",
  "binary_search",
  "heap",
  "graphs",
  "dynamic_programming",
  "greedy",
  "backtracking",
  "bit_manipulation",
  "math",
  "intervals",
  "trie",
  "union_find",
] as const;

/** A catalogue problem as written in prisma/data/dsa-problems.json. */
export const DsaProblemDataSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  category: z.enum(DSA_CATEGORIES),
  difficulty: DifficultySchema,
  pattern: z.string(),
  summary: z.string(),
  hint: z.string().optional(),
});
export type DsaProblemData = z.infer<typeof DsaProblemDataSchema>;
