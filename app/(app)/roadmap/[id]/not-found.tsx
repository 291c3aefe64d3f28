import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function RoadmapNotFound() {
  return (
    <NotFoundPanel
      title="Roadmap not found"
      message="This roadmap does not exist or belongs to another account."
      href="/roadmap"
      linkLabel="Back to your roadmaps"
    />
  );
}
