import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { answerDrills } from "@/lib/english/answer-drills";
import { EnglishTabs } from "@/components/english/english-tabs";
import { GrammarExerciseForm } from "@/components/english/grammar-exercise-form";
import { SpeakingFocusCard } from "@/components/english/speaking-focus";

export const metadata: Metadata = { title: "Drills from your answers" };

export default async function YourAnswersPage() {
  const user = await requireUser("/english/your-answers");
  const drills = await answerDrills(user.id);
  return (
    <>
      <EnglishTabs
        active="answers"
        intro="Practice built from what you actually said in mock interviews: the sentences with mistakes, and the fillers you lean on."
      />
      {drills.answersChecked === 0 ? (
        <div className="alert alert-light border" data-testid="answers-empty">
          <p className="mb-2">You have no stored interview answers yet, so there is nothing to build drills from.</p>
          <Link href="/ai-interview" className="btn btn-primary btn-sm">
            Do a mock interview
          </Link>
        </div>
      ) : (
        <>
          <section aria-labelledby="fix-heading" className="mb-5">
            <h2 id="fix-heading" className="h4">
              Fix your own sentences
            </h2>
            {drills.exercises.length === 0 ? (
              <p className="text-body-secondary" data-testid="answers-clean">
                harper found no mistakes in your{" "}
                {drills.answersChecked === 1 ? "latest answer" : `latest ${drills.answersChecked} answers`}. Well done.
              </p>
            ) : (
              <>
                <p className="text-body-secondary">
                  From your {drills.answersChecked === 1 ? "latest answer" : `latest ${drills.answersChecked} answers`}.
                  The reference is harper’s own suggestion, so any correct fix that harper finds no problem with is
                  accepted.
                </p>
                <GrammarExerciseForm source="answers" exercises={drills.exercises} />
              </>
            )}
          </section>
          <section aria-labelledby="focus-heading">
            <h2 id="focus-heading" className="h4">
              Your speaking focus
            </h2>
            <SpeakingFocusCard focus={drills.focus} />
          </section>
        </>
      )}
    </>
  );
}
