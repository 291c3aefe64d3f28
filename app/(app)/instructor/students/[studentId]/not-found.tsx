import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function StudentNotFound() {
  return (
    <NotFoundPanel
      title="Not shared with you"
      message="This student does not exist or has not shared anything with you."
      href="/instructor"
      linkLabel="Back to your students"
    />
  );
}
