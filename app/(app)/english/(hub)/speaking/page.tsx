import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { SPEAKING_DRILLS, speakingDrill } from "@/lib/english/speaking-drills";
import { PACE } from "@/lib/english/speaking";
import { EnglishTabs } from "@/components/english/english-tabs";
import { SpeakingDrillForm } from "@/components/english/speaking-drill";

export const metadata: Metadata = { title: "Speaking drill" };

type Search = Promise<{ drill?: string; focus?: string }>;

export default async function SpeakingPage({ searchParams }: { searchParams: Search }) {
  await requireUser("/english/speaking");
  const params = await searchParams;
  const drill = speakingDrill(params.drill ?? "") ?? SPEAKING_DRILLS[0]!;
  // Links from "From your answers" carry the user's most frequent fillers and hedges.
  const focus = (params.focus ?? "")
    .split(",")
    .map((term) => term.trim().slice(0, 30))
    .filter(Boolean)
    .slice(0, 6);
  const link = (id: string) =>
    `/english/speaking?drill=${id}${focus.length > 0 ? `&focus=${encodeURIComponent(focus.join(","))}` : ""}`;

  return (
    <>
      <EnglishTabs
        active="speaking"
        intro={`Read a passage or answer a question aloud. You get your pace (aim for ${PACE.min}–${PACE.max} words per minute), filler words, hedges and long pauses.`}
      />
      <div className="row g-4">
        <nav className="col-lg-4" aria-label="Choose a drill">
          {(["passage", "prompt"] as const).map((kind) => (
            <div key={kind} className="mb-3">
              <h2 className="h6">{kind === "passage" ? "Read aloud" : "Answer aloud"}</h2>
              <div className="list-group">
                {SPEAKING_DRILLS.filter((candidate) => candidate.kind === kind).map((candidate) => (
                  <Link
                    key={candidate.id}
                    href={link(candidate.id)}
                    className={`list-group-item list-group-item-action${candidate.id === drill.id ? " active" : ""}`}
                    aria-current={candidate.id === drill.id ? "true" : undefined}
                  >
                    {candidate.title}
                  </Link>
                ))}
              </div>
            </div>
          ))}
        </nav>
        <section className="col-lg-8" aria-labelledby="drill-heading">
          <h2 id="drill-heading" className="h4">
            {drill.title}
          </h2>
          {drill.kind === "passage" ? (
            <>
              <p className="small text-body-secondary mb-1">Read this aloud at a comfortable interview pace:</p>
              <blockquote className="border-start border-4 ps-3 mb-4" data-testid="drill-text">
                {drill.text}
              </blockquote>
            </>
          ) : (
            <p className="lead mb-4" data-testid="drill-text">
              {drill.text}
            </p>
          )}
          <SpeakingDrillForm key={drill.id} drill={drill} focus={focus} />
        </section>
      </div>
    </>
  );
}
