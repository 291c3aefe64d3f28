import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { getCard, getProblem, listAttempts } from "@/lib/dsa/queries";
import { RATINGS, SlugSchema } from "@/lib/dsa/schema";
import { previewDue } from "@/lib/dsa/schedule";
import { daysBetween, formatDay, relativeDay } from "@/lib/dsa/format";
import { ProblemBadges } from "@/components/dsa/problem-badges";
import { AttemptHistory } from "@/components/dsa/attempt-history";
import { LogAttemptForm } from "@/components/dsa/log-attempt-form";

export const metadata: Metadata = { title: "DSA problem" };

export default async function ProblemPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const user = await requireUser(`/dsa/problems/${slug}`);
  const problem = SlugSchema.safeParse(slug).success ? await getProblem(slug) : null;
  if (!problem) notFound();

  const at = await now();
  const [card, attempts] = await Promise.all([getCard(user.id, slug), listAttempts(user.id, slug)]);
  const dueBy = previewDue(card, at);
  const preview = Object.fromEntries(RATINGS.map((rating) => [rating, relativeDay(at, dueBy[rating])])) as Record<(typeof RATINGS)[number], string>;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link href="/dsa/problems">← Problem catalogue</Link>
      </nav>
      <h1 className="h3 mb-2">{problem.title}</h1>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-3">
        <ProblemBadges difficulty={problem.difficulty} category={problem.category} />
        <span className="text-body-secondary small">Pattern: {problem.pattern}</span>
      </div>
      <p className="lead fs-6">{problem.summary}</p>
      {problem.hint ? (
        <details className="mb-3">
          <summary>Show hint</summary>
          <p className="mt-2 mb-0">{problem.hint}</p>
        </details>
      ) : null}
      <p className="mb-4" data-testid="review-status">
        {card && daysBetween(at, card.due) < 0 ? (
          <>
            Review overdue since <time dateTime={card.due.toISOString()}>{formatDay(card.due)}</time>.
          </>
        ) : card ? (
          <>
            Next review: <time dateTime={card.due.toISOString()}>{formatDay(card.due)}</time> ({relativeDay(at, card.due)}).
          </>
        ) : (
          "You have not tried this problem yet."
        )}
      </p>

      <section id="log-attempt" aria-labelledby="log-attempt-heading" className="card mb-5">
        <div className="card-body">
          <h2 id="log-attempt-heading" className="h4 mb-3">
            {card ? "Log a review" : "Log an attempt"}
          </h2>
          <LogAttemptForm slug={problem.slug} difficulty={problem.difficulty} preview={preview} />
        </div>
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="h4 mb-3">
          Your attempts
        </h2>
        <AttemptHistory attempts={attempts} />
      </section>
    </>
  );
}
