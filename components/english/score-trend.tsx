/** A small line of the latest scores (0..100, oldest first); the numbers are in its label for screen readers. */
export function ScoreTrend({ scores }: { scores: number[] }) {
  if (scores.length < 2) return null;
  const width = 120;
  const height = 32;
  const step = width / (scores.length - 1);
  const points = scores
    .map((score, index) => `${Math.round(index * step)},${Math.round(height - (score / 100) * (height - 4) - 2)}`)
    .join(" ");
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Last ${scores.length} scores, oldest first: ${scores.map((score) => Math.round(score)).join(", ")}`}
      className="d-block"
      data-testid="score-trend"
    >
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="2" className="text-primary" />
    </svg>
  );
}
