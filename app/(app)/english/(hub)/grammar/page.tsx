import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { warmUpLinter } from "@/lib/english/harper";
import { grammarSet } from "@/lib/english/pick";
import { EnglishTabs } from "@/components/english/english-tabs";
import { GrammarExerciseForm } from "@/components/english/grammar-exercise-form";

export const metadata: Metadata = { title: "Fix the sentence" };

export default async function GrammarPage() {
  await requireUser("/english/grammar");
  warmUpLinter();
  return (
    <>
      <EnglishTabs
        active="grammar"
        intro="Each sentence has one mistake. Correct it in the box; your correction is checked again by harper and compared with the reference fix."
      />
      <GrammarExerciseForm source="bank" exercises={grammarSet()} />
    </>
  );
}
