import Link from "next/link";
import type { SpeakingFocus } from "@/lib/english/answer-drills";

const list = (terms: { term: string; count: number }[]) => terms.map((t) => `“${t.term}” ×${t.count}`).join(", ");

/** The fillers and hedges the user repeats most across their stored answers, and a drill to work on them. */
export function SpeakingFocusCard({ focus }: { focus: SpeakingFocus }) {
  const terms = [...focus.fillers, ...focus.hedges].sort((a, b) => b.count - a.count).slice(0, 4);
  if (terms.length === 0) {
    return (
      <p className="text-body-secondary" data-testid="focus-none">
        No filler words or hedges in {focus.words.toLocaleString("en")} words of answers. Keep it up with a{" "}
        <Link href="/english/speaking">speaking drill</Link>.
      </p>
    );
  }
  const href = `/english/speaking?drill=prompt-about-you&focus=${encodeURIComponent(terms.map((t) => t.term).join(","))}`;
  return (
    <div className="card" data-testid="speaking-focus-card">
      <div className="card-body">
        <dl className="mb-3">
          {focus.fillers.length > 0 ? (
            <>
              <dt>Filler words ({focus.fillerRate} per 100 words)</dt>
              <dd data-testid="focus-fillers">{list(focus.fillers)}</dd>
            </>
          ) : null}
          {focus.hedges.length > 0 ? (
            <>
              <dt>Hedges ({focus.hedgeRate} per 100 words)</dt>
              <dd data-testid="focus-hedges">{list(focus.hedges)}</dd>
            </>
          ) : null}
        </dl>
        <Link href={href} className="btn btn-outline-primary btn-sm">
          Practise speaking without them
        </Link>
      </div>
    </div>
  );
}
