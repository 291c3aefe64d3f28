export function StatCard({ label, value, detail, testId }: { label: string; value: string | number; detail?: string; testId?: string }) {
  return (
    <div className="col-6 col-md-4 col-xl-3">
      <div className="card h-100" data-testid={testId}>
        <div className="card-body">
          <div className="stat-value">{value}</div>
          <div className="text-body-secondary">{label}</div>
          {detail ? <div className="small text-body-secondary mt-1">{detail}</div> : null}
        </div>
      </div>
    </div>
  );
}
