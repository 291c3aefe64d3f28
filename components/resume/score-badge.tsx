/** A score out of 100, coloured by band; the colour is never the only signal (the number is shown). */
export function ScoreBadge({ score, testId }: { score: number | null; testId?: string }) {
  if (score === null) return <span className="badge text-bg-secondary">Not scored</span>;
  const tone = score >= 75 ? "text-bg-success" : score >= 50 ? "text-bg-warning" : "text-bg-danger";
  return (
    <span className={`badge ${tone}`} data-testid={testId}>
      {Math.round(score)}/100
    </span>
  );
}
