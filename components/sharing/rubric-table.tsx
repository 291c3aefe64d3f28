import { RUBRIC_CRITERIA, RUBRIC_LABELS, type Rubric } from "@/lib/sharing/schema";

/** An instructor's rubric as a table: each criterion with its 1–5 score, readable without colour. */
export function RubricTable({ rubric, caption }: { rubric: Rubric; caption: string }) {
  const average = RUBRIC_CRITERIA.reduce((sum, key) => sum + rubric[key], 0) / RUBRIC_CRITERIA.length;
  return (
    <div className="table-responsive">
      <table className="table table-sm align-middle mb-2">
        <caption className="small">{caption}</caption>
        <tbody>
          {RUBRIC_CRITERIA.map((key) => (
            <tr key={key}>
              <th scope="row" className="fw-normal">
                {RUBRIC_LABELS[key].label}
              </th>
              <td className="text-end text-nowrap" data-testid={`rubric-${key}`}>
                <span aria-hidden="true">{"●".repeat(rubric[key])}{"○".repeat(5 - rubric[key])} </span>
                {rubric[key]}/5
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Average</th>
            <td className="text-end fw-semibold">{average.toFixed(1)}/5</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
