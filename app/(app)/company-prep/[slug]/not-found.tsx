import Link from "next/link";

export default function CompanyNotFound() {
  return (
    <div className="py-5">
      <h1 className="h3">Company not found</h1>
      <p className="text-body-secondary">We have no interview profile for that company.</p>
      <Link href="/company-prep" className="btn btn-primary">
        Choose a company
      </Link>
    </div>
  );
}
