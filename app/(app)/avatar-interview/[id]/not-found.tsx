import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function AvatarSessionNotFound() {
  return (
    <NotFoundPanel
      title="Session not found"
      message="This video interview does not exist or belongs to another account."
      href="/avatar-interview"
      linkLabel="Back to your video interviews"
    />
  );
}
