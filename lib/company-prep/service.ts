import "server-only";
import { db } from "@/lib/db";
import { getCompanyChecklists } from "@/lib/companies/queries";
import { progressOf, withTopic } from "@/lib/company-prep/progress";
import { PREP_TYPE_LABELS, TopicsCoveredSchema, type Notes, type PrepType, type ToggleTopicInput } from "@/lib/company-prep/schema";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import type { Prisma } from "@/prisma/generated/client/client";

type Tx = Prisma.TransactionClient;
type Key = { userId: string; slug: string; companyName: string; prepType: PrepType };

async function checklistOf(slug: string, prepType: PrepType) {
  const company = await getCompanyChecklists(slug);
  if (!company) throw new NotFoundError("That company does not exist");
  return { companyName: company.name, checklist: company.prepTopics[prepType] };
}

/** Creates the user's row for this company and type if missing, so it can be locked. */
async function ensureRow(tx: Tx, key: Key, at: Date) {
  await tx.companyPrepSession.createMany({
    data: [
      {
        userId: key.userId,
        companySlug: key.slug,
        companyName: key.companyName,
        prepType: key.prepType,
        topicsCovered: [],
        progressPercentage: 0,
        createdAt: at,
        updatedAt: at,
      },
    ],
    skipDuplicates: true,
  });
}

/**
 * Checks or unchecks one topic and stores the recomputed progress in the same
 * transaction. The row is locked first, so concurrent toggles of other topics
 * wait for this one and none is lost.
 */
export async function setTopic(
  userId: string,
  input: ToggleTopicInput,
  at = new Date(),
): Promise<{ covered: string[]; progressPercentage: number; completed: boolean }> {
  const { companyName, checklist } = await checklistOf(input.slug, input.prepType);
  if (!checklist.includes(input.topic)) {
    throw new InvalidInputError(`That topic is not on the ${PREP_TYPE_LABELS[input.prepType].toLowerCase()} checklist.`, {
      topic: ["That topic is not on this checklist"],
    });
  }
  const key = { userId, slug: input.slug, companyName, prepType: input.prepType };

  return db().$transaction(async (tx) => {
    await ensureRow(tx, key, at);
    const [locked] = await tx.$queryRaw<{ topics_covered: unknown }[]>`
      SELECT topics_covered FROM company_prep_session
      WHERE user_id = ${userId} AND company_slug = ${input.slug} AND prep_type = ${input.prepType}::"PrepType"
      FOR UPDATE
    `;
    if (!locked) throw new Error("company prep row vanished inside its transaction");
    // Topics dropped from the seed data since they were checked are forgotten here.
    const stored = (TopicsCoveredSchema.safeParse(locked.topics_covered).data ?? []).filter((topic) => checklist.includes(topic));
    const progress = progressOf(checklist, withTopic(stored, input.topic, input.checked));
    if (!progress.ok) throw new InvalidInputError("That topic is not on this checklist.", { topic: ["That topic is not on this checklist"] });

    await tx.companyPrepSession.updateMany({
      where: { userId, companySlug: input.slug, prepType: input.prepType },
      data: {
        topicsCovered: progress.covered,
        progressPercentage: progress.percentage,
        completed: progress.completed,
        companyName,
        updatedAt: at,
      },
    });
    return { covered: progress.covered, progressPercentage: progress.percentage, completed: progress.completed };
  });
}

/** Saves one prep type's notes (empty clears them). */
export async function saveNotes(userId: string, input: Notes, at = new Date()): Promise<{ notes: string | null }> {
  const { companyName } = await checklistOf(input.slug, input.prepType);
  await db().$transaction(async (tx) => {
    await ensureRow(tx, { userId, slug: input.slug, companyName, prepType: input.prepType }, at);
    await tx.companyPrepSession.updateMany({
      where: { userId, companySlug: input.slug, prepType: input.prepType },
      data: { notes: input.notes, updatedAt: at },
    });
  });
  return { notes: input.notes };
}
