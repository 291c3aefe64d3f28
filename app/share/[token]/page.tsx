import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { now } from "@/lib/clock";
import { resolveShareLink } from "@/lib/sharing/access";
import { getSharedDashboard, getSharedSessionById } from "@/lib/sharing/queries";
import { SharedSession } from "@/components/sharing/shared-session";
import { SharedDashboard } from "@/components/sharing/shared-dashboard";
import { RecordingPlayer } from "@/components/avatar-interview/recorder/recording-player";
import { sharedRecordingSrc } from "@/lib/interview-session/avatar/recording/urls";
import { RecordingSeekProvider } from "@/components/avatar-interview/recorder/recording-seek";

// A public, read-only view of exactly one shared resource. No login; no name or
// email of the student; never indexed; 404 for a bad, revoked or expired token.
export const metadata: Metadata = {
  title: "Shared practice",
  robots: { index: false, follow: false, nocache: true },
  referrer: "no-referrer",
};

export default async function SharePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await resolveShareLink(token, await now());
  if (!link) notFound();

  let body: React.ReactNode = null;
  if (link.scope === "dashboard") {
    body = (
      <>
        <h1 className="h3 mb-3">Shared practice dashboard</h1>
        <SharedDashboard data={await getSharedDashboard(link.studentId, await now())} />
      </>
    );
  } else if (link.sessionId) {
    const session = await getSharedSessionById(link.studentId, link.sessionId);
    if (!session) notFound();
    // A video session's link plays its recording too (docs/decisions/029); the player fetches it with this token, checked on every request.
    body =
      session.kind === "avatar" ? (
        <RecordingSeekProvider>
          <SharedSession
            session={session}
            recording={
              <div className="mb-4">
                <RecordingPlayer src={sharedRecordingSrc(token)} caption="The interview recording" />
              </div>
            }
          />
        </RecordingSeekProvider>
      ) : (
        <SharedSession session={session} />
      );
  }
  if (!body) notFound();

  return (
    <div className="container py-4">
      <p className="badge text-bg-secondary mb-2">Read-only · shared with a link</p>
      {body}
    </div>
  );
}
