import type { SessionReviewsData } from "@/lib/sharing/queries";
import { formatTimestamp } from "@/lib/sharing/schema";
import { RubricTable } from "@/components/sharing/rubric-table";
import { DeleteCommentButton } from "@/components/instructor/delete-comment-button";
import { SeekTo } from "@/components/avatar-interview/recorder/recording-seek";

type Props = {
  data: SessionReviewsData;
  /** "video" for avatar sessions: a moment is a time in the recording. */
  moments?: "answer" | "video";
  /** Shown when there is nothing yet; null hides the whole section then. */
  emptyText?: string | null;
  /** The instructor's own view: each comment gets a delete button. */
  deletable?: boolean;
  headingLevel?: 2 | 3;
};

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/**
 * Instructors' rubric scores and timestamped comments on one session. The
 * student sees every instructor's; an instructor sees their own. Mount it on
 * any session page with data from lib/sharing/queries (getReviewsForOwner).
 */
export function SessionReviews({
  data,
  moments = "answer",
  emptyText = null,
  deletable = false,
  headingLevel = 2,
}: Props) {
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as "h3" | "h4";
  if (data.reviews.length === 0 && data.comments.length === 0) {
    if (emptyText === null) return null;
    return (
      <section aria-labelledby="reviews-heading" className="mb-4">
        <Heading id="reviews-heading" className="h5">
          Instructor feedback
        </Heading>
        <p className="text-body-secondary mb-0">{emptyText}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="reviews-heading" className="mb-4" data-testid="session-reviews">
      <Heading id="reviews-heading" className="h5 mb-3">
        Instructor feedback
      </Heading>
      {data.reviews.map((review) => (
        <article key={review.id} className="card mb-3" aria-label={`Review by ${review.instructorName}`}>
          <div className="card-body">
            <Sub className="h6">
              {review.instructorName}{" "}
              <span className="fw-normal text-body-secondary small">
                · updated {dateFormat.format(review.updatedAt)}
              </span>
            </Sub>
            {review.rubric ? (
              <RubricTable
                rubric={review.rubric}
                caption={`Rubric scores from ${review.instructorName}, 1 (poor) to 5 (excellent)`}
              />
            ) : null}
            {review.summary ? (
              <p className="mb-0" style={{ whiteSpace: "pre-wrap" }}>
                {review.summary}
              </p>
            ) : null}
          </div>
        </article>
      ))}
      {data.comments.length > 0 ? (
        <>
          <Sub className="h6">Comments</Sub>
          <ol className="list-unstyled mb-0" data-testid="review-comments">
            {data.comments.map((comment) => (
              <li key={comment.id} className="border-start border-3 ps-3 mb-3" data-testid="review-comment">
                <div className="small text-body-secondary">
                  {comment.answer ? `Question ${comment.answer.position}` : "Whole session"}
                  {comment.offsetMs !== null ? (
                    <>
                      {" · "}
                      <span data-testid="comment-moment">
                        {moments === "video" ? (
                          <>
                            {"video at "}
                            <SeekTo ms={comment.offsetMs} />
                          </>
                        ) : (
                          <>
                            {"at "}
                            <time dateTime={`PT${Math.floor(comment.offsetMs / 1000)}S`}>
                              {formatTimestamp(comment.offsetMs)}
                            </time>
                          </>
                        )}
                      </span>
                    </>
                  ) : null}
                  {" · "}
                  {comment.instructorName}
                </div>
                <p className="mb-1" style={{ whiteSpace: "pre-wrap" }}>
                  {comment.body}
                </p>
                {deletable ? <DeleteCommentButton id={comment.id} /> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
