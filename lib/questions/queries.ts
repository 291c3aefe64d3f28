import "server-only";
import { db } from "@/lib/db";

/** The bank question with exactly this text, if any (reference data, not user data). */
export async function findBankQuestion(text: string) {
  return db().question.findFirst({
    where: { text: text.trim() },
    select: { id: true, type: true, talkingPoints: true },
  });
}
