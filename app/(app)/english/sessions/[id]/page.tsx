import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getEnglishSession } from "@/lib/english/queries";
import { SESSION_TYPE_LABELS } from "@/lib/english/schema";
import { GrammarResults } from "@/components/english/grammar-results";
import { VocabularyResults } from "@/components/english/vocabulary-results";
import { SpeakingResults } from "@/components/english/speaking-results";

export const metadata: Metadata = { title: "English practice results" };

const AGAIN = {
  grammar: "/english/grammar",
  vocabulary: "/english/vocabulary",
  speaking: "/english/speaking",
} as const;

export default async function EnglishSessionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/english/sessions/${id}`);
  const session = await getEnglishSession(user.id, id);
  if (!session) notFound();
  const results = session.results;
  const again =
    results?.kind === "grammar" && results.source === "answers"
      ? "/english/your-answers"
      : session.sessionType
        ? AGAIN[session.sessionType]
        : "/english";

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link href="/english">← English booster</Link>
      </nav>
      <h1 className="h3 mb-1">
        {session.sessionType ? SESSION_TYPE_LABELS[session.sessionType] : "Practice"}
        {results?.kind === "speaking" ? `: ${results.drillTitle}` : ""}
      </h1>
      <p className="text-body-secondary mb-3">
        {session.createdAt.toLocaleString("en", { dateStyle: "medium", timeStyle: "short" })}
        {session.durationMinutes !== null ? ` · ${session.durationMinutes} min` : ""} · {session.exercisesCompleted}{" "}
        {session.exercisesCompleted === 1 ? "exercise" : "exercises"} done
      </p>
      <p className="display-6 mb-3">
        <span data-testid="session-score">{Math.round(session.score)}</span>
        <span className="fs-5 text-body-secondary">/100</span>
      </p>
      {session.improvementAreas.length > 0 ? (
        <section aria-labelledby="areas-heading" className="mb-4">
          <h2 id="areas-heading" className="h5">
            To work on
          </h2>
          <ul data-testid="improvement-areas">
            {session.improvementAreas.map((area) => (
              <li key={area}>{area}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {results?.kind === "grammar" ? (
        <GrammarResults items={results.items} fromAnswers={results.source === "answers"} />
      ) : null}
      {results?.kind === "vocabulary" ? <VocabularyResults items={results.items} /> : null}
      {results?.kind === "speaking" ? <SpeakingResults results={results} /> : null}
      <div className="d-flex flex-wrap gap-2 mt-3">
        <Link href={again} className="btn btn-primary">
          Practise again
        </Link>
        <Link href="/english" className="btn btn-outline-secondary">
          See your progress
        </Link>
      </div>
    </>
  );
}
