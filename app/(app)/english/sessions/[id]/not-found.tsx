import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function EnglishSessionNotFound() {
  return (
    <NotFoundPanel
      title="Session not found"
      message="This session does not exist or belongs to another account."
      href="/english"
      linkLabel="Back to the English booster"
    />
  );
}
