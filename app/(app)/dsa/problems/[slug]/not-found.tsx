import Link from "next/link";

export default function ProblemNotFound() {
  return (
    <div className="py-5">
      <h1 className="h3">Problem not found</h1>
      <p className="text-body-secondary">There is no problem at this address in the catalogue.</p>
      <Link href="/dsa/problems" className="btn btn-primary">
        Browse the catalogue
      </Link>
    </div>
  );
}
