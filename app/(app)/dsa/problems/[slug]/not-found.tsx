import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function ProblemNotFound() {
  return (
    <NotFoundPanel
      title="Problem not found"
      message="There is no problem at this address in the catalogue."
      href="/dsa/problems"
      linkLabel="Browse the catalogue"
    />
  );
}
