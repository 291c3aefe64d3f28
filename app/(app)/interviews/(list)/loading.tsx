import { LoadingState } from "@/components/ui/loading-state";

// Beside the list pages only: [id] pages stay outside any Suspense boundary so
// a foreign id answers a real 404 (docs/decisions/009).
export default function Loading() {
  return <LoadingState />;
}
