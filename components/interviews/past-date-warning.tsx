import { PAST_DATE_WARNING } from "@/lib/interviews/schema";

export function PastDateWarning() {
  return (
    <p className="alert alert-warning py-2 px-3 small mb-2" data-testid="past-date-warning">
      {PAST_DATE_WARNING}
    </p>
  );
}
