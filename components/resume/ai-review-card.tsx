import type { Analysis } from "@/lib/resume/schema";
import { describeFallbackReason, providerName } from "@/lib/ai/fallback-reasons";


/** The AI model's review, clearly labelled as AI; or why there is none. Local results are never shown here. */
export function AiReviewCard({ analysis, aiAvailable }: { analysis: Analysis; aiAvailable: boolean }) {
  const review = analysis.aiReview;
  if (!review) {
    const text = analysis.aiFailure
      ? `The AI review could not be produced this time (${describeFallbackReason(analysis.aiFailure)}). Everything above is computed locally; match again to retry.`
      : aiAvailable
        ? "This version was analysed before an AI key was configured. Match it again to add an AI review."
        : "An AI review is available when an AI provider is configured. Everything on this page is computed locally, without AI.";
    return (
      <p className="small text-body-secondary" data-testid="ai-review-note">
        {text}
      </p>
    );
  }
  return (
    <section className="card border-primary-subtle" aria-labelledby="ai-review-heading">
      <div className="card-body">
        <h2 id="ai-review-heading" className="h5 d-flex flex-wrap align-items-center gap-2">
          AI review <span className="badge text-bg-primary" data-testid="ai-review-source">AI ({providerName(review.source, review.model)})</span>
        </h2>
        <p>{review.summary}</p>
        <div className="row g-3">
          <div className="col-md-6">
            <h3 className="h6">Strengths</h3>
            <ul className="mb-0 ps-3">
              {review.strengths.map((item, index) => (
                <li key={index}>{item}</li>
              ))}
            </ul>
          </div>
          <div className="col-md-6">
            <h3 className="h6">Improvements</h3>
            <ul className="mb-0 ps-3">
              {review.improvements.map((item, index) => (
                <li key={index}>{item}</li>
              ))}
            </ul>
          </div>
        </div>
        <p className="small text-body-secondary mt-3 mb-0">Written by {providerName(review.source, review.model)} from your resume text; check it before acting on it.</p>
      </div>
    </section>
  );
}
