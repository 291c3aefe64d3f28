import Link from "next/link";

/**
 * The body of every not-found.tsx, as ErrorPanel is of every error.tsx: what is missing and the
 * way back to the list it would have been in. The messages do not tell "missing" from "another
 * account's", so a 404 says nothing about other users' data.
 */
export function NotFoundPanel({
  title,
  message,
  href,
  linkLabel,
}: {
  title: string;
  message: string;
  href: string;
  linkLabel: string;
}) {
  return (
    <div className="py-5">
      <h1 className="h3">{title}</h1>
      <p className="text-body-secondary">{message}</p>
      <Link href={href} className="btn btn-primary">
        {linkLabel}
      </Link>
    </div>
  );
}
