import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { listMyShares, listShareableSessions } from "@/lib/sharing/queries";
import { scopeFromParam } from "@/lib/sharing/schema";
import { ShareForm } from "@/components/sharing/share-form";
import { ShareList } from "@/components/sharing/share-list";

export const metadata: Metadata = { title: "Sharing" };

export default async function SharingPage({ searchParams }: { searchParams: Promise<{ scope?: string; session?: string }> }) {
  const user = await requireUser("/sharing");
  const { scope, session } = await searchParams;
  const [shares, sessions] = await Promise.all([listMyShares(user.id, await now()), listShareableSessions(user.id)]);
  // Pre-select only a session of the user's own list; anything else falls back to the dashboard.
  const initial = scopeFromParam(scope) === "session" ? sessions.find((s) => s.id === session) : undefined;
  return (
    <>
      <h1 className="h2 mb-1">Sharing</h1>
      <p className="text-body-secondary mb-4">
        Share your dashboard or a session, read-only, with a link or with your instructor. A shared video interview
        includes its recording. You can revoke any share at any time; a video that is playing stops at once.
      </p>
      <ShareForm sessions={sessions} initialTarget={initial ? `session:${initial.id}` : "dashboard"} />
      <ShareList shares={shares} />
    </>
  );
}
