import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function GuideNotFound() {
  return (
    <NotFoundPanel
      title="Guide not found"
      message="There is no guide at this address. It may have been renamed."
      href="/resources"
      linkLabel="Browse all guides"
    />
  );
}
