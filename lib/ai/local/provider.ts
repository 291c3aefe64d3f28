import "server-only";
import { db } from "@/lib/db";
import type { AiProvider, BankCandidate, QuestionInput } from "@/lib/ai/types";
import { evaluateLocally } from "@/lib/ai/local/evaluator";
import { resolveRole } from "@/lib/ai/local/roles";
import { selectQuestions, toGenerated } from "@/lib/ai/local/select";
import { questionsFromDocument } from "@/lib/ai/local/document-questions";

/**
 * Bank questions for a role plus the role-agnostic ones and those of one company;
 * with `anyRole`, every role's, since a job description may ask for another role's skills.
 */
async function loadCandidates(role: BankCandidate["role"], companySlug: string | null, anyRole = false): Promise<BankCandidate[]> {
  return db().question.findMany({
    where: {
      OR: [
        anyRole ? { companySlug: null } : { role, companySlug: null },
        { role: "general", companySlug: null },
        ...(companySlug ? [{ companySlug }] : []),
      ],
    },
    select: {
      id: true,
      role: true,
      type: true,
      difficulty: true,
      levels: true,
      text: true,
      talkingPoints: true,
      tags: true,
      companySlug: true,
    },
    orderBy: { id: "asc" },
  }) as Promise<BankCandidate[]>;
}

/** The offline engine: the curated question bank and the explainable evaluator. */
export const localProvider: AiProvider = {
  source: "local",
  async generateQuestions(input: QuestionInput) {
    const role = resolveRole(input.role);
    const companySlug = input.company?.slug ?? null;
    if (input.document) {
      const bank = await loadCandidates(role, companySlug, true);
      return questionsFromDocument(bank, { ...input, role, document: input.document });
    }
    const bank = await loadCandidates(role, companySlug);
    return selectQuestions(bank, { ...input, role, companySlug }).map(toGenerated);
  },
  async evaluateAnswer(input) {
    return evaluateLocally(input);
  },
};
