import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function InterviewNotFound() {
  return (
    <NotFoundPanel
      title="Interview not found"
      message="This interview does not exist or belongs to another account."
      href="/interviews"
      linkLabel="Back to your interviews"
    />
  );
}
