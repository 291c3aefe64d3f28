import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function ResumeNotFound() {
  return (
    <NotFoundPanel
      title="Resume not found"
      message="This resume version does not exist or belongs to another account."
      href="/resume"
      linkLabel="Back to your resumes"
    />
  );
}
