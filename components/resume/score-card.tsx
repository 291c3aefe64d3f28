import type { Analysis } from "@/lib/resume/schema";
import { SectionCard } from "@/components/ui/section-card";

const format = (points: number) => (Number.isInteger(points) ? String(points) : points.toFixed(1));

/** The total and every part that makes it up, with how each part's points were worked out. */
export function ScoreCard({ score }: { score: Analysis["score"] }) {
  const applicable = score.parts.filter((part) => part.applicable);
  const earned = applicable.reduce((sum, part) => sum + part.points, 0);
  const possible = applicable.reduce((sum, part) => sum + part.max, 0);
  return (
    <SectionCard headingId="score-heading" title="Score" className="h-100">
      <p className="display-6 fw-semibold mb-1" data-testid="resume-score">
        {score.total}/100
      </p>
      <p className="small text-body-secondary">
        {format(Math.round(earned * 10) / 10)} of {possible} possible points
        {possible !== 100 ? `, scaled to 100 (parts that do not apply are left out)` : ""}.
      </p>
      <div className="table-responsive">
        <table className="table table-sm align-middle mb-0">
          <caption className="visually-hidden">How the score is made up</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col" className="text-end">
                Points
              </th>
            </tr>
          </thead>
          <tbody>
            {score.parts.map((part) => (
              <tr key={part.key} data-testid={`score-part-${part.key}`}>
                <th scope="row" className="fw-normal">
                  <div className="fw-semibold">{part.label}</div>
                  <div className="small text-body-secondary">{part.detail}</div>
                </th>
                <td className="text-end text-nowrap">
                  {part.applicable ? `${format(part.points)} / ${part.max}` : "n/a"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </SectionCard>
  );
}
