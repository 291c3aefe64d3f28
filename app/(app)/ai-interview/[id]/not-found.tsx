import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function SessionNotFound() {
  return (
    <NotFoundPanel
      title="Session not found"
      message="This session does not exist or belongs to another account."
      href="/ai-interview"
      linkLabel="Back to your sessions"
    />
  );
}
