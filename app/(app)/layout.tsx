import { requireUser } from "@/lib/auth/session";

// Every page in this group needs a logged-in user. proxy.ts redirects earlier
// for comfort; this is the guard that counts.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  await requireUser();
  return <div className="container py-4">{children}</div>;
}
