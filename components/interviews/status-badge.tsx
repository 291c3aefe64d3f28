import { STATUS_LABELS, type InterviewStatus } from "@/lib/interviews/schema";

const TONES: Record<InterviewStatus, string> = {
  upcoming: "text-bg-primary",
  completed: "text-bg-secondary",
  offer: "text-bg-success",
  rejected: "text-bg-danger",
  withdrawn: "text-bg-light border",
};

export function StatusBadge({ status }: { status: InterviewStatus }) {
  return (
    <span className={`badge ${TONES[status]}`} data-testid="status">
      {STATUS_LABELS[status]}
    </span>
  );
}
