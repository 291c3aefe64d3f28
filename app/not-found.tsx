import Link from "next/link";

export default function NotFound() {
  return (
    <div className="container py-5 text-center">
      <p className="display-4 fw-semibold mb-2">404</p>
      <h1 className="h3">We could not find that page</h1>
      <p className="text-body-secondary">It may have moved, or it belongs to another account.</p>
      <Link href="/" className="btn btn-primary">
        Go to the home page
      </Link>
    </div>
  );
}
