import Link from "next/link";

export default function ResumeNotFound() {
  return (
    <div className="py-5">
      <h1 className="h3">Resume not found</h1>
      <p className="text-body-secondary">This resume version does not exist or belongs to another account.</p>
      <Link href="/resume" className="btn btn-primary">
        Back to your resumes
      </Link>
    </div>
  );
}
