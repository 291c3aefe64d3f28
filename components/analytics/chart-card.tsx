import type { ReactNode } from "react";

/**
 * One chart with its text alternative: a visible one-line summary, the chart
 * (loaded lazily), and the same figures as a table under a disclosure. With no
 * data it shows the empty state instead of an empty chart.
 */
export function ChartCard({
  id,
  title,
  summary,
  empty,
  chart,
  table,
  height = 240,
  note,
}: {
  id: string;
  title: string;
  summary: ReactNode;
  /** Shown instead of the chart and table when there is nothing to draw. */
  empty: ReactNode | null;
  chart: ReactNode;
  table: ReactNode;
  height?: number;
  note?: ReactNode;
}) {
  return (
    <section className="card h-100" aria-labelledby={`${id}-heading`} data-testid={`chart-${id}`}>
      <div className="card-body d-flex flex-column">
        <h2 id={`${id}-heading`} className="h5">
          {title}
        </h2>
        {empty ? (
          <div className="text-body-secondary mb-0" data-testid="empty-state">
            {empty}
          </div>
        ) : (
          <>
            <p className="mb-2" data-testid="chart-summary">
              {summary}
            </p>
            <div className="position-relative w-100" style={{ height }}>
              {chart}
            </div>
            {note ? <p className="small text-body-secondary mt-2 mb-0">{note}</p> : null}
            <details className="mt-2">
              <summary>Show the data as a table</summary>
              <div className="table-responsive mt-2">{table}</div>
            </details>
          </>
        )}
      </div>
    </section>
  );
}

/** A small table with a caption (its accessible name). */
export function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <table className="table table-sm mb-0">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {head.map((cell) => (
            <th key={cell} scope="col">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {row.map((cell, column) =>
              column === 0 ? (
                <th key={column} scope="row" className="fw-normal">
                  {cell}
                </th>
              ) : (
                <td key={column}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
