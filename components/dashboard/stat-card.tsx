// components/sharing/shared-dashboard.tsx still imports StatCard from here; it moved to the shared
// StatGrid, and this line goes once that view lays out its figures with StatGrid too.
export { StatCard } from "@/components/ui/stat-grid";
