import type { StatsRow } from "@/lib/dsa/queries";

type Props = { caption: string; heading: string; rows: StatsRow[]; label: (key: string) => string };

/** One breakdown of progress: solved out of the catalogue, attempts logged, average minutes. */
export function StatsTable({ caption, heading, rows, label }: Props) {
  return (
    <div className="table-responsive">
      <table className="table table-sm align-middle mb-0">
        <caption className="caption-top">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col" className="text-end">
              Solved
            </th>
            <th scope="col" className="text-end">
              Attempts
            </th>
            <th scope="col" className="text-end">
              Avg time
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid={`stats-${row.key}`}>
              <th scope="row" className="fw-normal">
                {label(row.key)}
              </th>
              <td className="text-end text-nowrap">
                {row.solved} / {row.total}
              </td>
              <td className="text-end">{row.attempts}</td>
              <td className="text-end text-nowrap">{row.averageMinutes === null ? "—" : `${row.averageMinutes} min`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
