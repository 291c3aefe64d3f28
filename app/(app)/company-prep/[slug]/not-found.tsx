import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function CompanyNotFound() {
  return (
    <NotFoundPanel
      title="Company not found"
      message="We have no interview profile for that company."
      href="/company-prep"
      linkLabel="Choose a company"
    />
  );
}
