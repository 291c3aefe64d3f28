import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listAskedQuestions } from "@/lib/interviews/queries";
import { PractiseForm } from "@/components/interviews/practise-form";

export const metadata: Metadata = { title: "Your interview questions" };

export default async function QuestionsPage() {
  const user = await requireUser("/interviews/questions");
  const questions = await listAskedQuestions(user.id);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link href="/interviews">← All interviews</Link>
      </nav>
      <h1 className="h2 mb-1">Your interview questions</h1>
      <p className="text-body-secondary mb-4">
        Questions you were asked in real interviews, newest first. Practise them in a mock interview to be ready when
        they come up again.
      </p>
      {questions.length === 0 ? (
        <div className="card">
          <div className="card-body">
            <h2 className="h5">No questions logged yet</h2>
            <p className="mb-0">
              After an interview, open it from your <Link href="/interviews">interviews</Link> and log the questions you
              were asked.
            </p>
          </div>
        </div>
      ) : (
        <PractiseForm
          questions={questions.map(({ createdAt: _createdAt, interview, ...question }) => ({
            ...question,
            interview: {
              id: interview.id,
              company: interview.company,
              position: interview.position,
              dateIso: interview.date.toISOString(),
            },
          }))}
        />
      )}
    </>
  );
}
